-- wrk script of bench/pages-load.sh: each wrk thread (one connection each with -t N -c N) sends the
-- session cookie of its own sign-in, read from the file named by SESSIONS (one "SESSION=…" a line).
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local next_session = 0

function setup(thread)
  next_session = next_session + 1
  thread:set("cookie", sessions[(next_session - 1) % #sessions + 1])
end

function init(args)
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.1f pages/s, p50 %.1f ms, p99 %.1f ms, errors %d (status %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
