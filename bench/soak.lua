-- wrk script for bench/soak.sh: a mix of valid and invalid creates on both APIs, counted by status.
-- Usage: wrk -s soak.lua URL -- <flex key> <flowglad key> <code prefix>
local threads = {}
local next_thread = 0

function setup(thread)
    thread:set("thread_id", next_thread)
    next_thread = next_thread + 1
    table.insert(threads, thread)
end

function init(args)
    flex_key, flowglad_key, prefix = args[1], args[2], args[3]
    counter = 0
    statuses = {}
end

local function flex(body, key)
    return wrk.format("POST", "/v1/promo_codes",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. (key or flex_key) }, body)
end

local function flowglad(body)
    return wrk.format("POST", "/api/v1/discounts",
        { ["Content-Type"] = "application/json", ["Authorization"] = flowglad_key }, body)
end

-- Valid creates (200), bodies the spec rejects (400), an unknown coupon (400), a taken code (409), a bad key (401).
function request()
    counter = counter + 1
    local code = string.format("%s%dx%d", prefix, thread_id, counter)
    local kind = counter % 8
    if kind == 0 or kind == 1 then
        return flex('{"promo_code":{"coupon_id":"fcoup_1234567890","code":"' .. code .. '","metadata":{"source":"soak"}}}')
    elseif kind == 2 or kind == 3 then
        return flowglad('{"discount":{"name":"Soak","code":"' .. code .. '","amount":10,"amountType":"percent","duration":"once"}}')
    elseif kind == 4 then
        return flex('{"promo_code":{"coupon_id":"fcoup_1234567890","code":"ab"}}')
    elseif kind == 5 then
        return flowglad('{"discount":{"name":"Soak","code":"' .. code .. '","amount":0,"amountType":"percent","duration":"once"}}')
    elseif kind == 6 then
        return flowglad('{"discount":{"name":"Soak","code":"' .. prefix .. 'TAKEN","amount":5,"amountType":"fixed","duration":"forever"}}')
    else
        return flex('{"promo_code":{"coupon_id":"fcoup_1234567890"}}', "fsk_test_unknown")
    end
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses") or {}) do
            total[status] = (total[status] or 0) + n
        end
    end
    local parts = {}
    for status, n in pairs(total) do table.insert(parts, status .. "=" .. n) end
    table.sort(parts)
    local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.1f socket_errors=%d statuses=%s\n",
        summary.requests, summary.duration / 1e6, socket, table.concat(parts, ",")))
end
