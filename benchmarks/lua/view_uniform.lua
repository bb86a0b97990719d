-- A view of a uniformly random video from a fresh session (every view counts).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("POST", API .. random_video() .. "/view/", fresh_session_headers())
end
