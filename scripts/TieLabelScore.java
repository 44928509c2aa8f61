import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.CsvMapping;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.MappedCsvImporter;

/**
 * How the free-text relationship labels of a real ties spreadsheet are typed (scripts/tie-labels.sh): the
 * spreadsheet is imported through its mapping into an empty embedded database, as a user would, and the type of
 * the ties each label of the gold file became is compared with the type the gold file gives it by hand. Counted
 * by pairs of entities (a row with several sources is one tie per source, counted once). Runs on any build's jar,
 * so the old build is scored alike.
 */
public class TieLabelScore {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path gold = Path.of(args[1]);
        Path mapping = Path.of(args[2]);
        boolean verbose = List.of(args).contains("--verbose");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        for (CSVRecord r : csv(gold)) {
            expected.put(r.get("label"), r.get("type").toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        Map<String, Integer> rows = new HashMap<>();
        List<CSVRecord> all = csv(data);
        all.forEach(r -> rows.merge(r.get("Connection").strip(), 1, Integer::sum));
        Path work = Files.createTempDirectory("ig-tie-labels");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), "127.0.0.1", 0, null);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            var report = new MappedCsvImporter(graph, CsvMapping.read(mapping))
                    .run(List.of(ImportInput.of(data)), ImportOptions.DEFAULT);
            System.out.println(all.size() + " rows imported, problems: "
                    + report.problems().size());
            Map<String, Map<String, Long>> typed = new HashMap<>();
            graph.read(
                    "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.role IS NOT NULL "
                            + "RETURN r.role AS role, type(r) AS type, count(DISTINCT [a.id, b.id]) AS n",
                    Map.of(),
                    r -> {
                        typed.computeIfAbsent(r.get("role").asString(), k -> new TreeMap<>())
                                .put(r.get("type").asString(), r.get("n").asLong());
                        return null;
                    });
            long right = 0;
            long total = 0;
            long related = 0;
            int labelsRight = 0;
            StringBuilder wrong = new StringBuilder();
            for (var e : expected.entrySet()) {
                Map<String, Long> types = typed.getOrDefault(e.getKey(), Map.of());
                long n = types.values().stream().mapToLong(Long::longValue).sum();
                long ok = types.getOrDefault(e.getValue(), 0L);
                right += ok;
                total += n;
                related += types.getOrDefault("RELATED_TO", 0L);
                if (ok == n && n > 0) {
                    labelsRight++;
                } else {
                    wrong.append(String.format(
                            Locale.ROOT,
                            "  %-40.40s rows %3d  expected %-16s got %s%n",
                            e.getKey(),
                            rows.getOrDefault(e.getKey(), 0),
                            e.getValue(),
                            types));
                }
            }
            int goldRows = expected.keySet().stream()
                    .mapToInt(l -> rows.getOrDefault(l, 0))
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "gold: %d labels, %d of %d rows (%.1f %%)%n",
                    expected.size(),
                    goldRows,
                    all.size(),
                    100.0 * goldRows / all.size());
            System.out.printf(
                    Locale.ROOT,
                    "labels typed right: %d of %d (%.1f %%)%n",
                    labelsRight,
                    expected.size(),
                    100.0 * labelsRight / expected.size());
            System.out.printf(
                    Locale.ROOT,
                    "ties of those labels typed right: %d of %d (%.1f %%); RELATED_TO: %d " + "(%.1f %%)%n",
                    right,
                    total,
                    100.0 * right / total,
                    related,
                    100.0 * related / total);
            System.out.print(verbose ? wrong : "");
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(in)
                    .getRecords();
        }
    }
}
