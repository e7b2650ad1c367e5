wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
dofile("bench/percentiles.lua")
