#!/usr/bin/env bash
# Article importer cost (ArticleBenchmark): NLP pipeline load time, articles per minute over the articles in
# ARTICLE_DIR repeated COPIES times a round (each copy a new article), median of ROUNDS, and memory.
# Usage: scripts/bench-articles.sh [ARTICLE_DIR] [COPIES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-../shared/seeds}
jar=target/influence-graph.jar
# The benchmarks are test classes, kept out of the jar.
bench=target/test-classes
[ -f "$jar" ] && [ -d "$bench/org/influencegraph/bench" ] || mvn -q -B package -DskipTests
java -Xmx3g -cp "$jar:$bench" org.influencegraph.bench.ArticleBenchmark "$articles" "${2:-10}" "${3:-3}" 2>&1 \
  | grep -v -e WARN -e "^SLF4J"
