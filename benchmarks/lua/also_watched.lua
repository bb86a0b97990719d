-- Up to 10 videos co-engaged with a random video.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", API .. random_video() .. "/also-watched/")
end
