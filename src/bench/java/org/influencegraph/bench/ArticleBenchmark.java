package org.influencegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.influencegraph.extract.Nlp;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.ArticleImporter;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;

/**
 * The article importer's cost: the time the NLP pipeline takes to load, then articles per minute over a batch of
 * the given articles repeated (each copy a new article), in rounds that alternate reading one article at a time
 * and as many as the machine has cores, with the medians of each and their ratio, and the memory the process
 * holds: live heap after a collection, and the resident set's peak.
 * Usage: {@code ArticleBenchmark ARTICLE_DIR [copies] [rounds]}.
 */
public final class ArticleBenchmark {

    private ArticleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> ArticleReader.format(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(
                Locale.ROOT,
                "%d articles, %.1f kB in all; %d copies a round, %d rounds%n",
                files.size(),
                bytes / 1024.0,
                copies,
                rounds);
        System.out.printf(Locale.ROOT, "before the pipeline: live heap %.0f MB, resident %s MB%n", liveHeapMb(), rss());
        long started = System.nanoTime();
        Nlp.annotate("The pipeline loads once.", null);
        System.out.printf(
                Locale.ROOT,
                "pipeline loaded in %.1f s; live heap %.0f MB, resident %s MB%n",
                (System.nanoTime() - started) / 1e9,
                liveHeapMb(),
                rss());
        Path work = Files.createTempDirectory("ig-articles");
        int cores = Runtime.getRuntime().availableProcessors();
        List<Double> oneThread = new ArrayList<>();
        List<Double> allCores = new ArrayList<>();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), "127.0.0.1", 0, null);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            for (int round = 1; round <= 2 * rounds; round++) {
                int threads = round % 2 == 1 ? 1 : cores;
                List<ImportInput> inputs = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    for (Path f : files) {
                        // Each copy a new article: its own name and a last line of its own.
                        byte[] text = (Files.readString(f) + "\n\nCopy " + round + "-" + copy + ".\n")
                                .getBytes(StandardCharsets.UTF_8);
                        inputs.add(new ImportInput(
                                "r" + round + "-c" + copy + "-" + f.getFileName(),
                                () -> new java.io.ByteArrayInputStream(text)));
                    }
                }
                long t0 = System.nanoTime();
                ImportReport report = new ArticleImporter(graph, threads).run(inputs, Map.of(), ImportOptions.DEFAULT);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!report.problems().isEmpty()) {
                    throw new IllegalStateException("problems: " + report.problems());
                }
                (threads == 1 ? oneThread : allCores).add(inputs.size() * 60 / seconds);
                System.out.printf(
                        Locale.ROOT,
                        "round %d, %d thread%s: %d articles in %.1f s, %.0f articles/min; "
                                + "live heap %.0f MB, resident %s MB%n",
                        round,
                        threads,
                        threads == 1 ? "" : "s",
                        inputs.size(),
                        seconds,
                        inputs.size() * 60 / seconds,
                        liveHeapMb(),
                        rss());
            }
            Graph.Counts counts = graph.counts();
            System.out.printf(
                    Locale.ROOT, "graph: %,d nodes, %,d relationships%n", counts.nodes(), counts.relationships());
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        double one = median(oneThread);
        double all = median(allCores);
        System.out.printf(
                Locale.ROOT,
                "median: %.0f articles/min on 1 thread, %.0f on %d; ratio %.2f; peak resident " + "%s MB%n",
                one,
                all,
                cores,
                all / one,
                peakRss());
        System.out.println(Nlp.timing());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static String rss() {
        return status("VmRSS:");
    }

    private static String peakRss() {
        return status("VmHWM:");
    }

    private static String status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: no resident figure.
        }
        return "?";
    }
}
