-- Views of one hot video from fresh sessions: the contended-counter case.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("POST", API .. HOT_ID .. "/view/", fresh_session_headers())
end
