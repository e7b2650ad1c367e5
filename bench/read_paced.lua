-- Paced load: every connection waits BENCH_DELAY_MS between requests, so 500 connections offer
-- a fixed rate (500 / delay) instead of as many requests as the server can take.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "166")
function delay()
  return pause
end
dofile("bench/percentiles.lua")
