-- The personalised feed of a random member, first page of 20.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", API .. "?limit=20", member_headers())
end
