#!/usr/bin/env bash
# How short mentions in articles link to the actors the graph knows (MentionLinking): the sample data loaded
# (--reference: and the reference list of states and bodies), the articles of SET_DIR/articles imported, each
# row of SET_DIR/gold/mentions.csv looked up. JAR=... scores another build (the old one) alike.
# Usage: scripts/mention-linking.sh [SET_DIR] [--reference] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=${1:-bench/articles-mentions-1}
jar=${JAR:-target/influence-graph.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
java -Xmx3g -cp "$jar" scripts/MentionLinking.java "$set_dir" "${@:2}" 2>&1 | grep -v -e WARN -e "^SLF4J" -e "^Note:"
