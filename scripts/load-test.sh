#!/usr/bin/env bash
# Load test on loopback, bounded in time: generates and imports a synthetic network, starts the built jar's
# serve on it with -Xmx2g, runs bench.LoadTest against it (a mix of canned queries, searches, entity pages
# and exports), and samples the server's heap (jstat: old generation after collections) and resident memory
# every 5 s, and the live heap (after a full collection) before and after. A first run of the same length
# warms the server up (plans, caches, pools, JIT) and reports how much the live heap grew meanwhile.
# Usage: scripts/load-test.sh [jar] [seconds] [connections] [entities]
set -euo pipefail
jar=${1:-target/influence-graph.jar}
# The load generator is a test class, kept out of the jar.
bench=target/test-classes
[ -d "$bench/org/influencegraph/bench" ] || mvn -q -B test-compile
seconds=${2:-60}
connections=${3:-16}
entities=${4:-20000}
work=$(mktemp -d)
trap 'kill -9 ${pid:-0} ${sampler:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
api=18180 bolt=17787 browser=17574

java -jar "$jar" generate --entities "$entities" --ties $((entities * 10)) --events $((entities / 2)) \
  --sources $((entities / 40)) "$work/net" >/dev/null
java -jar "$jar" import --data "$work/data" "$work/net" | tail -1
java -Xmx2g -jar "$jar" serve --data "$work/data" --no-sample --port $api --bolt-port $bolt \
  --browser-port $browser >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -sf "localhost:$api/api/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.25
done

# The live heap in kB: jmap's histogram of live objects forces a full collection first.
live_kb() { jmap -histo:live $pid | awk '/^Total/ {printf "%.0f", $3 / 1024}'; }

started=$(live_kb)
echo "warm-up: $(java -cp "$jar:$bench" org.influencegraph.bench.LoadTest "http://127.0.0.1:$api" "$seconds" "$connections" | tail -1)"
before=$(live_kb)
echo "live heap: ${started} kB after start, ${before} kB after the warm-up"
( while kill -0 $pid 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    old=$(jstat -gc $pid | awk 'NR==2 {printf "%.0f", $8}')
    echo "$(date +%s) rss_kb=$rss old_used_kb=$old"
    sleep 5
  done ) >"$work/memory.log" &
sampler=$!
java -cp "$jar:$bench" org.influencegraph.bench.LoadTest "http://127.0.0.1:$api" "$seconds" "$connections"
kill $sampler 2>/dev/null || true
echo "memory of the server every 5 s (resident, and heap of the old generation):"
cat "$work/memory.log"
after=$(live_kb)
echo "live heap: ${before} kB before the measured run, ${after} kB after it ($(( after - before )) kB)"
