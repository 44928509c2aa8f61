#!/usr/bin/env bash
# Starts the built jar as a user would (fresh data folder, sample data), checks the API and the Browser
# page, stops it with SIGTERM, starts it again on the same folder and checks that nothing was added.
# Prints the time from start to ready and from SIGTERM to exit. Usage: scripts/smoke.sh [jar]
set -euo pipefail
jar=${1:-target/influence-graph.jar}
work=$(mktemp -d)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
api=18080 bolt=17687 browser=17474

start() {
  local t0 t1
  t0=$(date +%s%N)
  java -jar "$jar" serve --data "$work/data" --port $api --bolt-port $bolt --browser-port $browser \
    >"$work/serve-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -sf "localhost:$api/api/health" >"$work/health.json" 2>/dev/null; then
      t1=$(date +%s%N)
      echo "start $1: ready in $(( (t1 - t0) / 1000000 )) ms"
      return 0
    fi
    kill -0 $pid 2>/dev/null || { cat "$work/serve-$1.log"; echo "smoke: serve exited"; exit 1; }
    sleep 0.25
  done
  cat "$work/serve-$1.log"; echo "smoke: not ready after 60 s"; exit 1
}

stop() {
  local t0 t1
  t0=$(date +%s%N)
  kill -TERM $pid
  wait $pid || true
  t1=$(date +%s%N)
  echo "stop: exited $(( (t1 - t0) / 1000000 )) ms after SIGTERM"
}

counts() { sed -E 's/.*"nodes":([0-9]+),"relationships":([0-9]+).*/\1 \2/' "$work/health.json"; }

start 1
first=$(counts)
[ "${first%% *}" -gt 0 ] || { echo "smoke: no nodes after loading the sample data"; exit 1; }
curl -sf "localhost:$browser/browser/" | grep -qi '<title>Neo4j Browser' || { echo "smoke: no Browser page"; exit 1; }
echo "health: $(cat "$work/health.json")"
stop
start 2
second=$(counts)
stop
[ "$first" = "$second" ] || { echo "smoke: counts changed across a restart: $first -> $second"; exit 1; }
echo "smoke: ok (nodes relationships: $first, unchanged across a restart)"
