-- A watch-time event on a random video from a random member.
WRITES = true
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local body = '{"event_type":"watch_time","dwell_time":12.5,"extra_data":{"position":3}}'
request = function()
  local headers = member_headers()
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", API .. random_video() .. "/track-interaction/", headers, body)
end
