#!/usr/bin/env bash
# Starts the built jar as a user would (fresh data folder, sample data), checks the API and the Browser
# page, that the database asks its password and sends no open CORS and that a foreign Host is refused,
# stops it with SIGTERM, starts it again on the same folder and checks that nothing was added.
# Prints the time from start to ready and from SIGTERM to exit. Usage: scripts/smoke.sh [jar]
set -euo pipefail
jar=${1:-target/influence-graph.jar}
work=$(mktemp -d)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
api=${CHECK_API_PORT:-18080} bolt=${CHECK_BOLT_PORT:-17687} browser=${CHECK_BROWSER_PORT:-17474}

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
# The embedded database is closed to other users and to web pages, and the API to foreign Host names.
[ "$(stat -c %a "$work/data/neo4j-password")" = 600 ] || { echo "smoke: neo4j-password is not mode 600"; exit 1; }
acao=$(curl -s -o /dev/null -D - -X OPTIONS "localhost:$browser/db/neo4j/tx/commit" -H 'Origin: http://evil.example' \
  -H 'Access-Control-Request-Method: POST' | tr -d '\r' | sed -n 's/^access-control-allow-origin: //Ip')
[ "$acao" = "http://127.0.0.1:$browser" ] || { echo "smoke: the database's CORS answer names '$acao'"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$browser/db/neo4j/tx/commit" \
  -H 'Content-Type: application/json' -d '{"statements": [{"statement": "CREATE (:Planted)"}]}')
[ "$code" = 401 ] || { echo "smoke: a CREATE without the password answered $code"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "localhost:$api/api/health")
[ "$code" = 421 ] || { echo "smoke: a foreign Host answered $code"; exit 1; }
stop
start 2
second=$(counts)
stop
[ "$first" = "$second" ] || { echo "smoke: counts changed across a restart: $first -> $second"; exit 1; }
echo "smoke: ok (nodes relationships: $first, unchanged across a restart)"
