-- wrk script of bench/pages-load.sh: each wrk thread (one connection each with -t N -c N) sends the
-- session cookie of its own sign-in, read from the file named by SESSIONS (one "SESSION=…" a line).
-- done() prints the throughput, the latency's distribution and how many answers each thread (with
-- -t N -c N: each connection) got, the fewest and the most: a fair server gives each about as many.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("cookie", sessions[(#threads - 1) % #sessions + 1])
end

function init(args)
  wrk.headers["Cookie"] = cookie
  answers = 0
end

function response(status, headers, body)
  answers = answers + 1
end

function done(summary, latency, requests)
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format("requests %d in %.1f s: %.1f pages/s, p50 %.1f ms, p99 %.1f ms, errors %d (status %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), ms(50), ms(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  local counts = {}
  for _, thread in ipairs(threads) do counts[#counts + 1] = thread:get("answers") end
  table.sort(counts)
  io.write(string.format("spread: latency p75 %.1f ms, p90 %.1f ms, p99.9 %.1f ms, max %.1f ms; answers per wrk thread %d to %d\n",
    ms(75), ms(90), ms(99.9), latency.max / 1000, counts[1], counts[#counts]))
end
