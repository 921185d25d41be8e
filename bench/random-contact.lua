-- wrk script: GET /api/contacts/{id} with a uniformly random id in 1..rows.
--   wrk -t2 -c8 -d15s --latency -s bench/random-contact.lua http://127.0.0.1:9280 -- 1000000
-- The row count comes from the argument after "--" or, failing that, from BENCH_ROWS.
-- The bearer token comes from BENCH_TOKEN (run.sh signs in).
-- done() prints one machine-readable line starting with "BENCH_RESULT" (run.sh parses it).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
  table.insert(threads, thread)
end

local rows

function init(args)
  rows = tonumber(args[1] or os.getenv("BENCH_ROWS") or "")
  if rows == nil or rows < 1 then
    error("random-contact.lua: give the row count after -- or in BENCH_ROWS")
  end
  rows = math.floor(rows)
  -- A different sequence per thread, and per run.
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
  for _ = 1, 10 do math.random() end
end

local headers = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "") }

function request()
  return wrk.format("GET", "/api/contacts/" .. math.random(1, rows), headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f" ..
    " errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.status, e.timeout))
end
