#!/usr/bin/env bash
# Time from the run command to ready (the API answers /api/health) for the built jar: N starts on a
# fresh data folder (embedded database created, schema applied, sample data loaded) and N restarts on
# an existing one, then the medians. Usage: scripts/bench-start.sh [runs] [jar]
set -euo pipefail
runs=${1:-5}
jar=${2:-target/influence-graph.jar}
work=$(mktemp -d)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
api=18082 bolt=17689 browser=17476

ready_ms() {
  local t0 t1
  t0=$(date +%s%N)
  java -jar "$jar" serve --data "$1" --port $api --bolt-port $bolt --browser-port $browser >"$work/serve.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$api/api/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill -TERM $pid; wait $pid || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

fresh=() restart=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  fresh+=("$(ready_ms "$work/data")")
  restart+=("$(ready_ms "$work/data")")
done
echo "fresh data folder (schema + sample data): ${fresh[*]} ms; median $(printf '%s\n' "${fresh[@]}" | median) ms"
echo "restart on existing data:                 ${restart[*]} ms; median $(printf '%s\n' "${restart[@]}" | median) ms"
