#!/usr/bin/env bash
# False duplicate proposals among the companies of a ties spreadsheet (CompanyDuplicates): every organization of
# the table in an empty database, the duplicates review at MIN_SCORE (default 0.9), each proposal classed by whether
# the two names differ by an ordinal numeral or a legal form. The spreadsheet is not in the repository (see
# docs/BENCHMARKS.md, "Entity resolution: companies that differ by a numeral or a legal form").
# Usage: scripts/company-duplicates.sh CSV [MIN_SCORE]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/influence-graph.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
java -Xmx2g -cp "$jar" scripts/CompanyDuplicates.java "$1" "$dir/data" "${2:-0.9}" 2>&1 | grep -v -e WARN -e "^SLF4J"
