#!/usr/bin/env bash
# Query benchmark on the synthetic network (100,000 entities, 1,000,000 ties): latency of every canned
# query over HTTP and through the driver, side by side (QueryBenchmark), then throughput under concurrent
# load with wrk on three queries over a spread of actors. The network is imported into DIR on the first run
# (about 90 s) and reused after. Needs wrk (Debian package `wrk`).
# Usage: scripts/bench-queries.sh [DIR] [calls]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/bench-queries}
calls=${2:-200}
jar=target/influence-graph.jar
port=18181
# The benchmarks are test classes, kept out of the jar.
bench=target/test-classes
[ -f "$jar" ] && [ -d "$bench/org/influencegraph/bench" ] || mvn -q -B package -DskipTests
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
mkdir -p "$dir"
java -Xmx6g -cp "$jar:$bench" org.influencegraph.bench.QueryBenchmark "$dir" "$calls" --serve $port >"$dir/latency.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until grep -q "serving on port" "$dir/latency.log"; do
  kill -0 $pid 2>/dev/null || { cat "$dir/latency.log"; exit 1; }
  sleep 1
done
grep -v -e WARN -e "serving on port" "$dir/latency.log"
for query in "network?depth=1" "mediators?limit=100" "shortest-path?to=e1"; do
  cat >"$dir/wrk.lua" <<LUA
counter = 0
request = function()
  counter = counter + 1
  local name = "e" .. ((counter * 7919) % 100000)
  local q = "${query}"
  local key = q:find("shortest") and "from" or "name"
  return wrk.format("GET", "/api/queries/" .. q .. "&" .. key .. "=" .. name)
end
LUA
  echo "== wrk -t2 -c8 -d20s: ${query%%\?*}"
  wrk -t2 -c8 -d20s --latency -s "$dir/wrk.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
