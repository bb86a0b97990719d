-- Up to 10 videos sharing tags and category with a random video.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", API .. random_video() .. "/more-like-this/")
end
