-- wrk script: one fixed list page, e.g. the first page or a page deep in the data.
--   wrk -t2 -c8 -d15s --latency -s bench/list-page.lua http://127.0.0.1:9280 -- '/api/contacts?limit=50'
--   wrk ... -s bench/list-page.lua http://127.0.0.1:9280 -- '/api/contacts?limit=50&cursor=WyJ...'
-- The path (with query) comes from the argument after "--", else from BENCH_PATH, else from the URL.
-- The bearer token comes from BENCH_TOKEN (run.sh signs in).
-- done() prints one machine-readable line starting with "BENCH_RESULT" (run.sh parses it).

local req

function init(args)
  local path = args[1] or os.getenv("BENCH_PATH")
  if path ~= nil and path ~= "" then
    wrk.path = path
  end
  wrk.headers["Accept"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "")
  req = wrk.format("GET", wrk.path)
end

function request()
  return req
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
