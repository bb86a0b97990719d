-- A random member toggles the save of a random video.
WRITES = true
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("POST", API .. random_video() .. "/save_video/", member_headers())
end
