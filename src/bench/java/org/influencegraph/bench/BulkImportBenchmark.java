package org.influencegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.importer.BulkImporter;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.synth.SyntheticNetwork;

/**
 * Loads one synthetic network (the one {@link ImportBenchmark} makes) into fresh embedded databases, alternately
 * with {@link ImportBenchmark}'s {@code LOAD CSV} round and with the bulk path ({@code import --bulk}), and prints
 * rows per second for each round and, as its last line, the ratio of the medians.
 * The bulk time counts what {@code import --bulk} does after the new database's first start (which the
 * {@code LOAD CSV} round does untimed too; the bulk path skips it for a folder with no database): the check of
 * every row, the graph built in memory, the batch import, and the start that builds the schema and the name
 * indexes; each round also prints the time with the first start. The {@code LOAD CSV} time counts its statements.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.BulkImportBenchmark [entities] [ties] [rounds]}
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
        List<Double> bulk = new ArrayList<>();
        List<Double> loadCsv = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean bulkFirst = round % 2 == 1;
            for (int i = 0; i < 2; i++) {
                boolean useBulk = (i == 0) == bulkFirst;
                Path db = work.resolve("db-" + round + "-" + i);
                double seconds = useBulk ? bulk(db, csv) : ImportBenchmark.run(db, csv, null);
                (useBulk ? bulk : loadCsv).add(rows / seconds);
                System.out.printf(
                        "round %d %-9s %6.1f s  %,9.0f rows/s%n",
                        round, useBulk ? "bulk" : "LOAD CSV", seconds, rows / seconds);
            }
        }
        double a = ImportBenchmark.median(bulk);
        double b = ImportBenchmark.median(loadCsv);
        System.out.printf("median: bulk %,.0f rows/s, LOAD CSV %,.0f rows/s%n", a, b);
        ImportBenchmark.deleteTree(work);
        System.out.printf("ratio bulk/LOAD CSV %.2f%n", a / b);
    }

    private static double bulk(Path dbDir, Path csv) throws Exception {
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dbDir;
        options.bind = "127.0.0.1";
        options.database = "neo4j";
        options.user = "neo4j";
        options.noDbAuth = true;
        try {
            long started = System.nanoTime();
            double[] firstStart = {0};
            ImportReport report = BulkImporter.run(
                    options, NativeImporter.inputs(List.of(csv)), ImportOptions.BATCH_SIZE, (what, seconds) -> {
                        System.out.printf("  %s: %.1f s%n", what, seconds);
                        if (what.startsWith("database opened, found empty")) {
                            firstStart[0] = seconds;
                        }
                    });
            double all = (System.nanoTime() - started) / 1e9;
            // A first start of the new database (builds that open it before loading) is left out, as the LOAD CSV
            // round's start is; a build that needs none is timed whole.
            double seconds = all - firstStart[0];
            if (!report.ok()) {
                throw new IllegalStateException(
                        "import problems: " + report.problems().subList(0, 5));
            }
            System.out.printf(
                    "  %,d rows prepared, %,d nodes and ties made; %.1f s with the first start%n",
                    report.total().total(), report.total().created(), all);
            return seconds;
        } finally {
            ImportBenchmark.deleteTree(dbDir);
        }
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
