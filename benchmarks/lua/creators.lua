-- Creator search by a handle prefix that matches about a tenth of the demo creators.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/creators/?q=demo_" .. math.random(9))
end
