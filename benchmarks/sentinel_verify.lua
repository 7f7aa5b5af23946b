-- wrk script for benchmarks/sentinel_load.py: POST pre-signed health-code tokens to /api/codes/verify.
--
-- Environment: FK_TOKENS (file, one token a line), FK_DEVICE_KEY (X-Sentinel-Key), FK_VERIFY_SECONDS
-- (after this many seconds each connection sends GET /healthz instead, so that no check is still in
-- flight when wrk's -d clock stops: every scan the server stored has had its answer counted here).
-- Prints one line "FKRESULT {json}" with the counts per kind of answer and the timing window.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } fk_timespec;
int clock_gettime(int clk_id, fk_timespec *tp);
]]
local ts = ffi.new("fk_timespec")
local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC: the same clock in every thread
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

local requests, healthz
local next_index = 1
local stop_at
ok, denied, shed, unauthorized, other, health = 0, 0, 0, 0, 0, 0
started, last_ok = 0, 0

function init(args)
  local device = os.getenv("FK_DEVICE_KEY")
  requests = {}
  for token in io.lines(os.getenv("FK_TOKENS")) do
    local body = '{"token":"' .. token .. '"}'
    table.insert(requests, wrk.format("POST", "/api/codes/verify",
      { ["Content-Type"] = "application/json", ["X-Sentinel-Key"] = device }, body))
  end
  healthz = wrk.format("GET", "/healthz")
  next_index = (index * 7919) % #requests + 1 -- threads start at different tokens
  started = now()
  stop_at = started + tonumber(os.getenv("FK_VERIFY_SECONDS"))
end

function request()
  if now() >= stop_at then
    return healthz
  end
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

function response(status, headers, body)
  if status == 200 then
    if string.find(body, '"colour"', 1, true) then
      if string.find(body, '"pass"', 1, true) then ok = ok + 1 else denied = denied + 1 end
      last_ok = now()
    else
      health = health + 1
    end
  elseif status == 503 then
    shed = shed + 1
  elseif status == 401 then
    unauthorized = unauthorized + 1
  else
    other = other + 1
  end
end

function done(summary, latency, _requests)
  local sums = { ok = 0, denied = 0, shed = 0, unauthorized = 0, other = 0, health = 0 }
  local first, last = nil, 0
  for _, t in ipairs(threads) do
    for k, _ in pairs(sums) do sums[k] = sums[k] + (t:get(k) or 0) end
    local s, l = t:get("started"), t:get("last_ok")
    if first == nil or s < first then first = s end
    if l > last then last = l end
  end
  io.write(string.format(
    'FKRESULT {"ok": %d, "denied": %d, "shed": %d, "unauthorized": %d, "other": %d, "health": %d, ' ..
    '"window_s": %.4f, "p50_us": %d, "p99_us": %d, "max_us": %d, "requests": %d, "socket_errors": %d}\n',
    sums.ok, sums.denied, sums.shed, sums.unauthorized, sums.other, sums.health, last - first,
    latency:percentile(50), latency:percentile(99), latency.max, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
