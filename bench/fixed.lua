-- wrk script: sends one request again and again and counts the answers that are not the expected status.
-- Usage: wrk -s fixed.lua URL -- <Authorization value> <expected status> [<method> <JSON body>]
-- Every thread keeps its own count; done() adds them up (wrk runs done in the main state).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    wrk.headers["Authorization"] = args[1]
    expected = tonumber(args[2])
    if args[3] then
        wrk.method = args[3]
        wrk.body = args[4]
        wrk.headers["Content-Type"] = "application/json"
    end
    unexpected = 0
end

function response(status, headers, body)
    if status ~= expected then
        unexpected = unexpected + 1
    end
end

function done(summary, latency, requests)
    local wrong = 0
    for _, thread in ipairs(threads) do
        wrong = wrong + thread:get("unexpected")
    end
    local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f failed=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, wrong + socket))
end
