-- One request takes a token from a bucket that holds up to ARGV[2] tokens and gains ARGV[1] of them per second.
-- KEYS[1]: the bucket. Returns {"1", "0"} when allowed, {"0", seconds until a token} when not.
-- Redis' own clock, so that every gateway instance measures time alike.
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) + tonumber(time[2]) / 1000000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- a full bucket needs no record: it expires once it would have refilled
redis.call('EXPIRE', KEYS[1], math.ceil(capacity / rate) + 1)
return {tostring(allowed), tostring(wait)}
