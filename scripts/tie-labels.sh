#!/usr/bin/env bash
# How the free-text relationship labels of a real ties spreadsheet are typed (TieLabelScore): BuzzFeed News'
# TrumpWorld data imported through bench/tie-labels/trumpworld.yaml, each label of
# bench/tie-labels/trumpworld-gold.csv (the labels used 4 times or more, typed by hand) compared with the type
# its ties got. The data is not in the project: fetch data/trumpworld.csv from github.com/BuzzFeedNews/trumpworld
# and give its path. JAR=... scores another build (the old one) alike.
# Usage: scripts/tie-labels.sh PATH/trumpworld.csv [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?give the path of trumpworld.csv}
jar=${JAR:-target/influence-graph.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
java -Xmx2g -cp "$jar" scripts/TieLabelScore.java "$data" bench/tie-labels/trumpworld-gold.csv \
  bench/tie-labels/trumpworld.yaml "${@:2}" 2>&1 | grep -v -e WARN -e "^SLF4J" -e "^Note:"
