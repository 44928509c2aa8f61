#!/usr/bin/env bash
# Generates the reference list of states and international bodies (import/reference/) from CLDR via ICU4J,
# CoreNLP's demonyms and the curated tables in scripts/reference/. Usage: scripts/reference-list.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/influence-graph.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
models=$(ls target/lib/stanford-corenlp-*-models.jar 2>/dev/null | head -1)
[ -n "$models" ] || models=$(ls ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/*/stanford-corenlp-*-models.jar | head -1)
java -cp "$jar:$models" scripts/ReferenceList.java scripts/reference import/reference import/entities.csv
