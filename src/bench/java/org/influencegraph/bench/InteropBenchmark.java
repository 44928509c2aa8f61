package org.influencegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.CsvMapping;
import org.influencegraph.importer.FtmImporter;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.MappedCsvImporter;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.synth.InteropFiles;
import org.influencegraph.synth.SyntheticNetwork;
import org.neo4j.configuration.GraphDatabaseSettings;

/**
 * Imports one synthetic network three ways into fresh embedded databases, round after round in turn: the
 * native tables, the same network as FollowTheMoney entities, and its ties as a spreadsheet read through a
 * mapping. Prints rows per second and the peak heap of each, and the medians side by side.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.InteropBenchmark [entities] [ties] [rounds]}
 */
public final class InteropBenchmark {

    private InteropBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int ties = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("ig-interop");
        Path network = work.resolve("network");
        new SyntheticNetwork(new SyntheticNetwork.Size(entities, ties, entities / 2, 1000), 1).write(network);
        InteropFiles files = new InteropFiles(network);
        Path ftm = work.resolve("network.ftm.json");
        long ftmRows = files.writeFtm(ftm);
        Path sheet = work.resolve("ties.csv");
        Path mapping = work.resolve("ties.yaml");
        long sheetRows = files.writeSpreadsheet(sheet, mapping);
        long nativeRows = 0;
        for (String name : List.of("sources.csv", "entities.csv", "events.csv", "participants.csv", "ties.csv")) {
            try (Stream<String> lines = Files.lines(network.resolve(name))) {
                nativeRows += lines.count() - 1;
            }
        }
        System.out.printf("rows: native %,d, FollowTheMoney %,d, spreadsheet %,d%n", nativeRows, ftmRows, sheetRows);
        Map<String, Function<Graph, ImportReport>> importers = new LinkedHashMap<>();
        importers.put("native", g -> new NativeImporter(g)
                .run(NativeImporter.inputs(List.of(network)), ImportOptions.DEFAULT, Importer.Progress.NONE));
        importers.put("ftm", g -> new FtmImporter(g).run(NativeImporter.inputs(List.of(ftm)), ImportOptions.DEFAULT));
        importers.put("mapped-csv", g -> new MappedCsvImporter(g, CsvMapping.read(mapping))
                .run(NativeImporter.inputs(List.of(sheet)), ImportOptions.DEFAULT));
        Map<String, Long> rows = Map.of("native", nativeRows, "ftm", ftmRows, "mapped-csv", sheetRows);
        Map<String, List<Double>> speeds = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (var importer : importers.entrySet()) {
                double seconds = run(work.resolve("db"), importer.getValue());
                double speed = rows.get(importer.getKey()) / seconds;
                speeds.computeIfAbsent(importer.getKey(), k -> new ArrayList<>())
                        .add(speed);
                System.out.printf(
                        "round %d %-10s %6.1f s %,9.0f rows/s  peak heap %,d MB%n",
                        round, importer.getKey(), seconds, speed, peakHeap() >> 20);
            }
        }
        double reference = ImportBenchmark.median(speeds.get("native"));
        speeds.forEach((name, s) -> System.out.printf(
                "median %-10s %,9.0f rows/s  (%.2f of native)%n",
                name, ImportBenchmark.median(s), ImportBenchmark.median(s) / reference));
        ImportBenchmark.deleteTree(work);
    }

    private static double run(Path dbDir, Function<Graph, ImportReport> importer) throws IOException {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(
                        dbDir,
                        "127.0.0.1",
                        0,
                        null,
                        Map.of(GraphDatabaseSettings.pagecache_memory, 1024L * 1024 * 1024));
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportReport report = importer.apply(graph);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.ok()) {
                throw new IllegalStateException("import problems: "
                        + report.problems()
                                .subList(0, Math.min(5, report.problems().size())));
            }
            Graph.Counts counts = graph.counts();
            System.out.printf("  %,d nodes, %,d relationships%n", counts.nodes(), counts.relationships());
            return seconds;
        } finally {
            ImportBenchmark.deleteTree(dbDir);
        }
    }

    /** The peak heap since the last reset: the importer's and the embedded database's, which share the JVM. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
