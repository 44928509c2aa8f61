#!/usr/bin/env bash
# Writes docs/IMPORT.md's table of the rule catalog's phrasings (one row per rule of
# src/main/resources/extract/rules, with its examples) from the catalog itself. Run after adding or changing a
# rule; ImportGuidePhrasingsTest fails while the guide is out of date.
# Usage: scripts/import-guide-phrasings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/influence-graph.jar ] || mvn -o -q -B package -DskipTests
mvn -o -q -B test-compile
# The fresh classes and rules first, the jar for the libraries.
java -cp "target/classes:target/test-classes:target/influence-graph.jar" \
  org.influencegraph.extract.ImportGuidePhrasings docs/IMPORT.md 2>&1 | grep -v -e WARN -e "^SLF4J"
