#!/usr/bin/env bash
# Checks that the Neo4j Browser served by `serve` connects to the embedded database in headless
# Chromium from the link `serve` prints, with the password `token show --neo4j` prints, and shows a
# query result; that the page reaches no other host; that a page of another origin can write neither
# through the database's ports nor through the API; then uses the front end at / as a journalist would
# and measures the embeds (scripts/browser-check/frontend.mjs; screenshots and measures in
# target/browser-check/).
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
# Up to 3 minutes: a busy CI machine starts the embedded database and the sample slowly.
for _ in $(seq 1 720); do
  grep -q '^Influence Graph is ready' "$work/serve.log" && break
  kill -0 $pid 2>/dev/null || { cat "$work/serve.log"; echo "browser-check: serve exited"; exit 1; }
  sleep 0.25
done
# What a user does: open the printed link, and type the password that `token show --neo4j` prints.
link=$(grep -o 'http://[^ ]*/browser/?[^ ]*' "$work/serve.log") || { cat "$work/serve.log"; echo "browser-check: no Browser link"; exit 1; }
NEO4J_PASSWORD=$(java -jar "$jar" token show --neo4j --data "$work/data") \
SCREENSHOT=${SCREENSHOT:-$PWD/target/browser-check.png} \
  node scripts/browser-check/check.mjs "$link" "http://127.0.0.1:$api"
mkdir -p target/browser-check
node scripts/browser-check/frontend.mjs "http://127.0.0.1:$api" "$(sed -n 's/^write=//p' "$work/data/api-tokens")" \
  "$PWD/target/browser-check"
