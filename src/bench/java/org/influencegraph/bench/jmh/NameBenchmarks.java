package org.influencegraph.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.influencegraph.bench.NameMatchBenchmark;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the pure name code every import and search runs: the key a name is stored under, and the
 * comparison of two names, over the spellings of the name-variant set (one operation = the whole set).
 * Run with scripts/bench-jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class NameBenchmarks {

    private List<String> names;
    private List<NameMatcher.Prepared> prepared;

    @Setup
    public void load() {
        names = NameMatchBenchmark.variants("bench/name-variants.csv").stream()
                .map(NameMatchBenchmark.Variant::name)
                .toList();
        prepared = names.stream().map(NameMatcher::prepare).toList();
    }

    /** The name key of every spelling. */
    @Benchmark
    public void nameKeys(Blackhole hole) {
        for (String name : names) {
            hole.consume(NameKeys.key(name));
        }
    }

    /** Every spelling prepared for matching (words, legal form, designators). */
    @Benchmark
    public void prepare(Blackhole hole) {
        for (String name : names) {
            hole.consume(NameMatcher.prepare(name));
        }
    }

    /** Each spelling against the next ones (a sliding window of 8), prepared once, a fresh memo each pass. */
    @Benchmark
    public void compareWindow(Blackhole hole) {
        var memo = new NameMatcher.Memo();
        int n = prepared.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < Math.min(n, i + 9); j++) {
                hole.consume(NameMatcher.compare(prepared.get(i), prepared.get(j), memo));
            }
        }
    }
}
