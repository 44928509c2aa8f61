#!/usr/bin/env bash
# How long the first GET /api/duplicates waits after `serve` says it is ready, on a graph already in DIR/data (the
# data folder scripts/DuplicatesReview.java fills: `java -cp JAR scripts/DuplicatesReview.java DIR 10000 1`).
# RUNS times: starts serve on DIR/data, asks /api/health until it answers, then times one GET /api/duplicates
# (wait=120) and prints that wait, the review's own time, and the pairs found; then stops the server.
# Extra serve flags go in SERVE_FLAGS (e.g. --no-nlp-warmup). Usage: scripts/duplicates-first-request.sh DIR [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/duplicates-first-request.sh DIR [RUNS]}
runs=${2:-3}
jar=${JAR:-target/influence-graph.jar}
port=${PORT:-18480}
[ -f "$jar" ] || mvn -q -B package -DskipTests
for run in $(seq "$runs"); do
  log=$(mktemp)
  # shellcheck disable=SC2086
  java -Xmx3g -jar "$jar" serve --data "$dir/data" --no-db-auth --no-sample --port "$port" \
    --bolt-port $((port + 1)) --browser-port $((port + 2)) ${SERVE_FLAGS:-} >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  start=$(date +%s.%N)
  answer=$(curl -s "http://127.0.0.1:$port/api/duplicates?wait=120&limit=1")
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  python3 - "$run" "$start" "$end" "$answer" <<'PY'
import json, sys
run, start, end, answer = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4])
print(f"run {run}: first request answered {end - start:.1f} s after ready; review took {answer.get('seconds')} s; "
      f"status {answer.get('status', 'ready')}")
PY
done
