-- Shared by every benchmark script: settings from the environment, tokens, randomness, the result line.
-- wrk runs one Lua state per thread; setup() numbers the threads so their random streams differ.
VIDEOS = tonumber(os.getenv("VIDEOS") or "10000")
USERS = tonumber(os.getenv("USERS") or "1000")
CATEGORIES = tonumber(os.getenv("CATEGORIES") or "20")
HOT_ID = tonumber(os.getenv("HOT_ID") or "1")
API = "/api/v1/shoppable-videos/"

RUN_ID = os.getenv("RUN_ID") or tostring(os.time())

local tokens = {}
local counter = 0
local next_thread = 0
-- Set per thread by setup() below; a global, because thread:set() writes the thread's globals.
thread_id = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end

function init(args)
  math.randomseed(os.time() * 100 + thread_id)
  -- Write benchmarks set WRITES before loading this file and act as members the feed benchmarks never use.
  local file = os.getenv(WRITES and "WRITER_TOKENS" or "TOKENS")
  if file then
    for line in io.lines(file) do
      tokens[#tokens + 1] = line
    end
  end
end

function random_video()
  return math.random(VIDEOS)
end

function member_headers()
  return { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] }
end

-- A session key no other request of the benchmark run uses (RUN_ID differs per wrk run, thread_id per
-- thread), so each view or share counts despite the 30 s dedupe window.
function fresh_session_headers()
  counter = counter + 1
  return { ["X-Session-Id"] = "bench-" .. RUN_ID .. "-" .. thread_id .. "-" .. counter }
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.status, errors))
end
