-- Prints p95 and p99 latency, which wrk's --latency table does not show together.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms  p99 %.2fms  errors(status) %d\n",
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
