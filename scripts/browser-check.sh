#!/usr/bin/env bash
# Checks that the Neo4j Browser served by `serve` connects to the embedded database in headless
# Chromium and shows a query result, and that the page reaches no other host; then uses the front end at /
# as a journalist would and measures the embeds (scripts/browser-check/frontend.mjs; screenshots and
# measures in target/browser-check/).
# Installs what it needs on first use: Debian's chromium (needs root) and playwright-core from npm.
# Usage: scripts/browser-check.sh [jar]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/influence-graph.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
  apt-get install -y -q chromium >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
fi
(cd scripts/browser-check && npm ci --no-audit --no-fund --silent)

work=$(mktemp -d)
trap 'kill ${pid:-0} 2>/dev/null || true; wait ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
api=${CHECK_API_PORT:-18081} bolt=${CHECK_BOLT_PORT:-17688} browser=${CHECK_BROWSER_PORT:-17475}
java -jar "$jar" serve --data "$work/data" --port $api --bolt-port $bolt --browser-port $browser >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -sf "localhost:$api/api/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$work/serve.log"; echo "browser-check: serve exited"; exit 1; }
  sleep 0.25
done
SCREENSHOT=${SCREENSHOT:-$PWD/target/browser-check.png} \
  node scripts/browser-check/check.mjs "http://127.0.0.1:$browser/browser/" "bolt://127.0.0.1:$bolt" "http://127.0.0.1:$api"
mkdir -p target/browser-check
node scripts/browser-check/frontend.mjs "http://127.0.0.1:$api" "$(sed -n 's/^write=//p' "$work/data/api-tokens")" \
  "$PWD/target/browser-check"
