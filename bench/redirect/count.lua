-- Spreads requests over the short codes in CODES (one a line) and counts answers by status,
-- so a run says how many 302s were received: every one of those is a click that must be stored.
-- The summary is one JSON line, printed by done().

local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local threads = {}
local agent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 " ..
  "(KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.40.92"

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  n302, nother, next_code = 0, 0, id
end

function request()
  next_code = next_code % #codes + 1
  return wrk.format("GET", "/" .. codes[next_code], { ["User-Agent"] = agent })
end

function response(status, headers, body)
  if status == 302 then n302 = n302 + 1 else nother = nother + 1 end
end

function done(summary, latency, requests)
  local found302, other = 0, 0
  for _, thread in ipairs(threads) do
    found302 = found302 + thread:get("n302")
    other = other + thread:get("nother")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "status_302": %d, "status_other": %d, ' ..
    '"socket_errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration / 1e6, found302, other,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
