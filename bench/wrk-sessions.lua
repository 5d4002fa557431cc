-- For bench/national.sh: with `wrk -tN -cN` (one connection per thread) each thread sends the
-- session cookie of its own line of the file named by WRK_COOKIES ("SESSION=…"), so that every
-- connection is its own signed-in user; without WRK_COOKIES requests go as given (e.g. -H for a
-- token). done() prints one line that the harness reads.
local cookies = {}
local file = os.getenv("WRK_COOKIES")
if file then
  for line in io.lines(file) do cookies[#cookies + 1] = line end
end
local threads = 0

function setup(thread)
  if #cookies > 0 then
    thread:set("cookie", cookies[threads % #cookies + 1])
    threads = threads + 1
  end
end

function init(args)
  if cookie then
    wrk.headers["Cookie"] = cookie
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
