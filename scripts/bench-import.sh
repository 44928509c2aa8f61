#!/usr/bin/env bash
# Import benchmark, side by side on one synthetic network: the native, FollowTheMoney and mapped-CSV importers
# against Neo4j's LOAD CSV (ImportBenchmark), then, where the build has it, the bulk path into an empty
# database (BulkImportBenchmark). Peak memory of each JVM is printed from /usr/bin/time where it is installed.
# The last line is: ratio native/LOAD CSV X, mapped/LOAD CSV Y, bulk/LOAD CSV Z (Z n/a without the bulk path).
# Usage: scripts/bench-import.sh [ENTITIES] [TIES] [ROUNDS]   (default 100000 1000000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-100000}
ties=${2:-1000000}
rounds=${3:-3}
jar=target/influence-graph.jar
# The benchmark classes are test classes (src/bench), not part of the product jar.
cp=${IG_BENCH_CP:-$jar:target/test-classes}
[ -f "$jar" ] || mvn -q -B package -DskipTests
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
timed() {
  local out=$1
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2>"$out.time" | tee "$out"
    grep -E "Maximum resident set size" "$out.time" | sed 's/^\s*/peak RSS: /'
  else
    "$@" | tee "$out"
  fi
}
timed "$log/online" java -Xmx3g -cp "$cp" org.influencegraph.bench.ImportBenchmark "$entities" "$ties" "$rounds"
online=$(grep '^ratio native/LOAD CSV' "$log/online" | tail -1)
native=$(sed -E 's/.*native\/LOAD CSV ([0-9.]+).*/\1/' <<<"$online")
ftm=$(sed -E 's/.*ftm\/LOAD CSV ([0-9.]+).*/\1/' <<<"$online")
mapped=$(sed -E 's/.*mapped\/LOAD CSV ([0-9.]+).*/\1/' <<<"$online")
bulk=n/a
if javap -cp "$cp" org.influencegraph.bench.BulkImportBenchmark >/dev/null 2>&1; then
  timed "$log/bulk" java -Xmx3g -cp "$cp" org.influencegraph.bench.BulkImportBenchmark "$entities" "$ties" "$rounds"
  bulk=$(grep '^ratio bulk/LOAD CSV' "$log/bulk" | tail -1 | sed -E 's/.*bulk\/LOAD CSV ([0-9.]+|n\/a).*/\1/')
  # Peak RSS of the JVM that ran both the bulk path and LOAD CSV (an upper bound for bulk alone; the per-million
  # figure means something only at sizes where the fixed part, the heap floor and page cache, is small).
  rows=$(sed -nE 's/^network: .* ([0-9,]+) rows in all$/\1/p' "$log/bulk" | tr -d ,)
  kb=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$log/bulk.time" 2>/dev/null || true)
  if [ -n "$rows" ] && [ -n "$kb" ]; then
    echo "bulk JVM peak RSS $((kb / 1024)) MB for $rows rows ($((kb * 1000000 / rows / 1024)) MB a million rows)"
  fi
  # Round 1 runs the bulk path first after an untimed warm-up: the peak of that round is the bulk path's own.
  grep -A1 '^round 1 bulk' "$log/bulk" | sed -n 's/^  peak RSS in the round: /bulk path alone, round 1, peak RSS /p' || true
fi
echo "ftm/LOAD CSV $ftm"
echo "ratio native/LOAD CSV $native, mapped/LOAD CSV $mapped, bulk/LOAD CSV $bulk"
