#!/usr/bin/env bash
# How long the duplicates review of the whole graph takes on the synthetic network (DuplicatesReview): 10,000 and
# 100,000 entities, generated and imported into DIR/n10k and DIR/n100k the first time (the larger takes minutes)
# and reused after, then RUNS reviews each, median wall and CPU time printed.
# Usage: scripts/duplicates-review.sh [DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/duplicates-review}
runs=${2:-3}
jar=${JAR:-target/influence-graph.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
for n in 10000 100000; do
  java -Xmx3g -cp "$jar" scripts/DuplicatesReview.java "$dir/n$((n / 1000))k" "$n" "$runs" 2>&1 \
    | grep -v -e WARN -e "^SLF4J"
done
