#!/usr/bin/env bash
# JMH micro-benchmarks (src/bench/java/.../bench/jmh): name keys, name preparation and name comparison over the
# name-variant set. Extra arguments go to JMH (a benchmark regex, -f, -wi, -i, -prof gc ...).
# Usage: scripts/bench-jmh.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/influence-graph.jar
# The benchmarks are test classes; target/bench.classpath lists the test-scope jars (JMH), written at package.
bench=target/test-classes
[ -f "$jar" ] && [ -f target/bench.classpath ] && [ -f "$bench/META-INF/BenchmarkList" ] \
  || mvn -q -B package -DskipTests
java -Xmx1g -cp "$jar:$bench:$(cat target/bench.classpath)" org.openjdk.jmh.Main "${@:-org.influencegraph.bench.jmh}"
