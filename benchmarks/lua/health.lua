-- The baseline: GET /health (one pooled SELECT 1).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", "/health")
end
