import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.influencegraph.App;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.DuplicateReview;
import org.influencegraph.synth.SyntheticNetwork;

/**
 * How long one duplicates review of the whole graph takes on the synthetic network ({@code generate}): the
 * network of ENTITIES entities (ten ties each) is generated and imported into DIR the first time and reused,
 * then the review runs RUNS times and the median, min and max are printed with the number of pairs found.
 * By default the review is the 500 best pairs at any score; with {@code api} it is the one the HTTP API computes in
 * the background and keeps ({@link DuplicateReview}: every pair from {@link DuplicateReview#FLOOR} up, no limit).
 * Run from source beside the jar: {@code java -cp target/influence-graph.jar scripts/DuplicatesReview.java DIR
 * ENTITIES [RUNS] [api]}; scripts/duplicates-review.sh does it for 10,000 and 100,000 entities.
 */
public final class DuplicatesReview {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int entities = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean api = args.length > 3 && args[3].equals("api");
        double minScore = api ? DuplicateReview.FLOOR : 0.0;
        int limit = api ? Integer.MAX_VALUE : DuplicateFinder.MAX_LIMIT;
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dir.resolve("data");
        options.bind = "127.0.0.1";
        options.database = "neo4j";
        options.noDbAuth = true;
        try (App app = App.open(options, false)) {
            Graph graph = app.graph();
            if (graph.counts().nodes() == 0) {
                Path csv = dir.resolve("network");
                new SyntheticNetwork(
                                new SyntheticNetwork.Size(
                                        entities, entities * 10, entities / 2, Math.max(1, entities / 100)),
                                1)
                        .write(csv);
                System.out.printf(Locale.ROOT, "importing the synthetic network (%,d entities) ...%n", entities);
                new NativeImporter(graph)
                        .run(NativeImporter.inputs(List.of(csv)), ImportOptions.DEFAULT, Importer.Progress.NONE);
            }
            System.out.printf(
                    Locale.ROOT,
                    "graph: %,d nodes, %,d relationships%n",
                    graph.counts().nodes(),
                    graph.counts().relationships());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<Double> seconds = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            int pairs = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                pairs = new DuplicateFinder(graph).find(null, minScore, limit).size();
                seconds.add((System.nanoTime() - start) / 1e9);
                cpu.add((os.getProcessCpuTime() - cpuStart) / 1e9);
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %.1f s wall, %.1f s CPU (all threads of the process, the "
                                + "database's included), %d pairs (minScore %.1f, limit %d); load average %.1f%n",
                        i + 1,
                        seconds.get(i),
                        cpu.get(i),
                        pairs,
                        minScore,
                        limit,
                        os.getSystemLoadAverage());
            }
            if (runs == 0) {
                return;
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            List<Double> sortedCpu = cpu.stream().sorted().toList();
            System.out.printf(
                    Locale.ROOT,
                    "%,d entities: median %.1f s wall (min %.1f, max %.1f), median %.1f s CPU, " + "over %d runs%n",
                    entities,
                    sorted.get(sorted.size() / 2),
                    sorted.get(0),
                    sorted.get(sorted.size() - 1),
                    sortedCpu.get(sortedCpu.size() / 2),
                    runs);
        }
    }
}
