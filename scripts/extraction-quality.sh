#!/usr/bin/env bash
# Precision and recall of the article extractor (ExtractionQuality): the articles in ARTICLE_DIR are imported
# into an empty database by the extractor alone and scored against the curated data set in GOLD_DIR (the
# project's import/ folder, curated from the seed articles). --verbose lists every wrong and missed fact.
# Usage: scripts/extraction-quality.sh [ARTICLE_DIR] [GOLD_DIR] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-../shared/seeds}
gold=${2:-import}
jar=target/influence-graph.jar
# The benchmarks are test classes, kept out of the jar.
bench=target/test-classes
[ -f "$jar" ] && [ -d "$bench/org/influencegraph/bench" ] || mvn -q -B package -DskipTests
java -Xmx3g -cp "$jar:$bench" org.influencegraph.bench.ExtractionQuality "$gold" "$articles" "${@:3}" 2>&1 | grep -v -e WARN -e "^SLF4J"
