package org.influencegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.influencegraph.App;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.BulkImporter;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.synth.SyntheticNetwork;

/**
 * Loads one synthetic network (the one {@link ImportBenchmark} makes) into new embedded databases, alternately
 * through {@code LOAD CSV} ({@link ImportBenchmark}'s statements) and through the bulk path ({@code import
 * --bulk}), and prints rows per second for each round and, as its last line, the ratio of the medians.
 * Both are timed the same way, from a folder with no database to a database that holds the rows, has its schema
 * and name indexes online, and is closed: for {@code LOAD CSV} the start, the schema, the statements and the
 * close; for the bulk path all of it (check, graph built, batch importer, the start on the new store). A database
 * is opened and closed untimed first, so that neither path pays the process's first start of the database (its
 * code loaded and compiled), which a command-line run pays once whichever path it takes.
 * Usage: {@code java -cp target/influence-graph.jar:target/test-classes org.influencegraph.bench.BulkImportBenchmark [entities] [ties] [rounds]}
 */
public final class BulkImportBenchmark {

    private BulkImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int ties = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("ig-bulk-bench");
        Path csv = work.resolve("network");
        new SyntheticNetwork(new SyntheticNetwork.Size(entities, ties, entities / 2, 1000), 1).write(csv);
        long rows = rows(csv);
        System.out.printf("network: %,d entities, %,d ties, %,d rows in all%n", entities, ties, rows);
        long warm = System.nanoTime();
        try (App app = App.open(options(work.resolve("warm-up")), false)) {
            app.graph().counts();
        }
        ImportBenchmark.deleteTree(work.resolve("warm-up"));
        System.out.printf(
                "warm-up (a first start in this process, untimed): %.1f s%n", (System.nanoTime() - warm) / 1e9);
        List<Double> bulk = new ArrayList<>();
        List<Double> loadCsv = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean bulkFirst = round % 2 == 1;
            for (int i = 0; i < 2; i++) {
                boolean useBulk = (i == 0) == bulkFirst;
                Path db = work.resolve("db-" + round + "-" + i);
                resetPeak();
                double seconds = useBulk ? bulk(db, csv) : loadCsv(db, csv);
                (useBulk ? bulk : loadCsv).add(rows / seconds);
                System.out.printf(
                        "round %d %-9s %6.1f s  %,9.0f rows/s%n",
                        round, useBulk ? "bulk" : "LOAD CSV", seconds, rows / seconds);
                long peak = peakKb();
                if (peak > 0) {
                    System.out.printf(
                            "  peak RSS in the round: %,d MB (%,d MB a million rows)%n",
                            peak / 1024, peak * 1_000_000 / rows / 1024);
                }
            }
        }
        double a = ImportBenchmark.median(bulk);
        double b = ImportBenchmark.median(loadCsv);
        System.out.printf("median: bulk %,.0f rows/s, LOAD CSV %,.0f rows/s%n", a, b);
        ImportBenchmark.deleteTree(work);
        System.out.printf("ratio bulk/LOAD CSV %.2f%n", a / b);
    }

    /** LOAD CSV into a new database, as {@link ImportBenchmark} runs it, timed from the start to the close. */
    private static double loadCsv(Path dbDir, Path csv) throws Exception {
        long started = System.nanoTime();
        double statements;
        try (EmbeddedNeo4j db = ImportBenchmark.startForLoadCsv(dbDir, csv);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            System.out.printf("  started, schema applied: %.1f s%n", (System.nanoTime() - started) / 1e9);
            long load = System.nanoTime();
            for (String statement : ImportBenchmark.LOAD_CSV) {
                graph.autoCommit(statement, Map.of());
            }
            graph.autoCommit("CALL db.awaitIndexes(300)", Map.of());
            statements = (System.nanoTime() - load) / 1e9;
            Graph.Counts counts = graph.counts();
            System.out.printf(
                    "  statements: %.1f s (%,d nodes, %,d relationships)%n",
                    statements, counts.nodes(), counts.relationships());
        }
        double all = (System.nanoTime() - started) / 1e9;
        System.out.printf("  closed: %.1f s in all%n", all);
        ImportBenchmark.deleteTree(dbDir);
        return all;
    }

    private static double bulk(Path dbDir, Path csv) throws Exception {
        try {
            long started = System.nanoTime();
            ImportReport report = BulkImporter.run(
                    options(dbDir),
                    NativeImporter.inputs(List.of(csv)),
                    ImportOptions.BATCH_SIZE,
                    (what, seconds) -> System.out.printf("  %s: %.1f s%n", what, seconds));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.ok()) {
                throw new IllegalStateException("import problems: "
                        + report.problems()
                                .subList(0, Math.min(5, report.problems().size())));
            }
            System.out.printf(
                    "  %,d rows prepared, %,d nodes and ties made; %.1f s in all%n",
                    report.total().total(), report.total().created(), seconds);
            return seconds;
        } finally {
            ImportBenchmark.deleteTree(dbDir);
        }
    }

    private static DatabaseOptions options(Path dbDir) {
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dbDir;
        options.bind = "127.0.0.1";
        options.database = "neo4j";
        options.user = "neo4j";
        options.noDbAuth = true;
        return options;
    }

    /**
     * Sets the process's peak resident memory back to what it holds now (Linux: {@code /proc/self/clear_refs}), so
     * the peak read after a round is that round's; memory kept from earlier rounds (heap not given back) counts in.
     */
    private static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux, or not allowed: the peak read after the round is the process's.
        }
    }

    /** The process's peak resident memory in kB since the last {@link #resetPeak}, or 0 where it is not known. */
    private static long peakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long rows(Path csv) throws Exception {
        long rows = 0;
        for (String name : List.of("sources.csv", "entities.csv", "events.csv", "participants.csv", "ties.csv")) {
            try (Stream<String> lines = Files.lines(csv.resolve(name))) {
                rows += lines.count() - 1;
            }
        }
        return rows;
    }
}
