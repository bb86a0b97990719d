-- The feed filtered to a random demo category, for a random member.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", API .. "?limit=20&category=" .. math.random(CATEGORIES), member_headers())
end
