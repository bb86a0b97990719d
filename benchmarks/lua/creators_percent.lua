-- Creator search for a literal %: must not turn into "match everything" slowly.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/creators/?q=%25")
end
