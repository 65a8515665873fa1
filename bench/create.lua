-- wrk script: POSTs valid creates with codes no other request uses (the prefix, the second of the
-- day the run began, the thread and a counter: a warm-up and the run after it never share a code).
-- Usage: wrk -s create.lua URL -- <flex|flowglad> <key> <code prefix>; a Flowglad code has at most 20
-- characters, so keep the prefix to one or two: with nine, codes outgrew it after 10,000 creates a thread.
local next_thread = 0

function setup(thread)
    thread:set("thread_id", next_thread)
    next_thread = next_thread + 1
end

function init(args)
    api, key, prefix = args[1], args[2], args[3] .. (os.time() % 86400)
    counter = 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Authorization"] = api == "flex" and ("Bearer " .. key) or key
end

function request()
    counter = counter + 1
    local code = string.format("%s%dx%d", prefix, thread_id, counter)
    local body
    if api == "flex" then
        body = '{"promo_code":{"coupon_id":"fcoup_1234567890","code":"' .. code .. '","metadata":{"source":"bench"}}}'
    else
        body = '{"discount":{"name":"Bench","code":"' .. code .. '","amount":10,"amountType":"percent","duration":"once"}}'
    end
    return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
    local non2xx = summary.errors.status
    local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f failed=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, non2xx + socket))
end
