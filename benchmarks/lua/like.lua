-- A random member toggles the like of a random video.
WRITES = true
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("POST", API .. random_video() .. "/like/", member_headers())
end
