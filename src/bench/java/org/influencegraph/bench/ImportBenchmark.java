package org.influencegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Imports one synthetic network into fresh embedded databases, in turn with the native importer, the
 * FollowTheMoney importer (the network as FtM entities), the mapped-CSV importer (its ties as a spreadsheet)
 * and Neo4j's own {@code LOAD CSV ... CALL {} IN TRANSACTIONS} doing the same MERGEs, and prints rows per
 * second for each round, the medians, and as its last line each importer's median over LOAD CSV's.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.ImportBenchmark [entities] [ties] [rounds]}
 */
public final class ImportBenchmark {

    static final String[] LOAD_CSV = {"""
        LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
        CALL (row) {
          MERGE (s:Source {id: row.source})
          SET s.title = row.title, s.publisher = row.publisher, s.author = row.author, s.date = row.date,
              s.url = row.url, s.kind = coalesce(row.kind, 'article')
        } IN TRANSACTIONS OF 10000 ROWS""", """
        LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
        CALL (row) {
          MERGE (e:Entity {id: row.entity})
          SET e:$(CASE row.type WHEN 'person' THEN 'Person' WHEN 'organization' THEN 'Organization' ELSE 'Place' END)
          SET e.name = row.name, e.kind = row.kind, e.country = row.country, e.description = row.description,
              e.aliases = coalesce(split(row.aliases, '|'), []), e.keys = [toLower(row.name)]
          WITH e, row
          MATCH (s:Source {id: row.source})
          MERGE (e)-[m:MENTIONED_IN]->(s)
          SET m.quote = row.quote, m.producer = 'curated', m.confidence = 1.0
        } IN TRANSACTIONS OF 10000 ROWS""", """
        LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
        CALL (row) {
          MERGE (ev:Event {id: row.event})
          SET ev.type = row.type, ev.title = row.title, ev.date = row.date, ev.dateStart = date(row.date),
              ev.dateEnd = date(row.date)
          WITH ev, row
          MATCH (s:Source {id: row.source})
          MERGE (ev)-[r:REPORTED_IN]->(s)
          SET r.quote = row.quote, r.producer = 'curated', r.confidence = 1.0
        } IN TRANSACTIONS OF 10000 ROWS""", """
        LOAD CSV WITH HEADERS FROM 'file:///participants.csv' AS row
        CALL (row) {
          MATCH (e:Entity {id: row.entity})
          MATCH (ev:Event {id: row.event})
          MERGE (e)-[r:$(toUpper(row.role)) {source: row.source}]->(ev)
          SET r.quote = row.quote, r.producer = 'curated', r.confidence = 1.0, r.detail = row.detail
        } IN TRANSACTIONS OF 10000 ROWS""", """
        LOAD CSV WITH HEADERS FROM 'file:///ties.csv' AS row
        CALL (row) {
          MATCH (a:Entity {id: row.from})
          MATCH (b:Entity {id: row.to})
          MERGE (a)-[r:$(toUpper(replace(row.type, '-', '_')))
                     {key: row.source + CASE WHEN row.role IS NULL THEN '' ELSE '|' + toLower(row.role) END}]->(b)
          SET r.source = row.source, r.role = row.role, r.start = row.start, r.end = row.end, r.quote = row.quote,
              r.producer = 'curated', r.confidence = 1.0
        } IN TRANSACTIONS OF 10000 ROWS"""};

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int ties = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("ig-bench");
        Path csv = work.resolve("network");
        new SyntheticNetwork(new SyntheticNetwork.Size(entities, ties, entities / 2, 1000), 1).write(csv);
        InteropFiles files = new InteropFiles(csv);
        Path ftm = work.resolve("network.ftm.json");
        long ftmRows = files.writeFtm(ftm);
        Path sheet = work.resolve("sheet").resolve("ties.csv");
        Files.createDirectories(sheet.getParent());
        Path mapping = work.resolve("ties.yaml");
        long sheetRows = files.writeSpreadsheet(sheet, mapping);
        long rows = countRows(csv);
        System.out.printf(
                "network: %,d entities, %,d ties, %,d rows in all (FollowTheMoney %,d, spreadsheet %,d)%n",
                entities, ties, rows, ftmRows, sheetRows);
        Map<String, Long> rowsOf = Map.of("native", rows, "ftm", ftmRows, "mapped", sheetRows, "LOAD CSV", rows);
        Map<String, Function<Graph, ImportReport>> importers = new LinkedHashMap<>();
        importers.put("native", g -> new NativeImporter(g)
                .run(NativeImporter.inputs(List.of(csv)), ImportOptions.DEFAULT, Importer.Progress.NONE));
        importers.put("ftm", g -> new FtmImporter(g).run(NativeImporter.inputs(List.of(ftm)), ImportOptions.DEFAULT));
        importers.put("mapped", g -> new MappedCsvImporter(g, CsvMapping.read(mapping))
                .run(NativeImporter.inputs(List.of(sheet)), ImportOptions.DEFAULT));
        importers.put("LOAD CSV", null);
        // -Dig.bench.only=mapped,LOAD CSV runs those contenders alone (a profile of one path).
        String only = System.getProperty("ig.bench.only");
        if (only != null) {
            importers.keySet().retainAll(List.of(only.split(",")));
        }
        List<String> names = List.copyOf(importers.keySet());
        Map<String, List<Double>> speeds = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            // Each round starts with another contender, so that none always runs on a cold or a warm JVM.
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round - 1) % names.size());
                double seconds = run(work.resolve("db-" + round + "-" + i), csv, importers.get(name));
                double speed = rowsOf.get(name) / seconds;
                speeds.computeIfAbsent(name, k -> new ArrayList<>()).add(speed);
                System.out.printf("round %d %-9s %6.1f s  %,8.0f rows/s%n", round, name, seconds, speed);
            }
        }
        if (only != null) {
            deleteTree(work);
            return;
        }
        double loadCsv = median(speeds.get("LOAD CSV"));
        System.out.printf(
                "median: importer %,.0f rows/s, LOAD CSV %,.0f rows/s, ratio %.2f%n",
                median(speeds.get("native")), loadCsv, median(speeds.get("native")) / loadCsv);
        System.out.printf(
                "median: ftm %,.0f rows/s, mapped %,.0f rows/s%n",
                median(speeds.get("ftm")), median(speeds.get("mapped")));
        System.out.printf(
                "ratio native/LOAD CSV %.2f, ftm/LOAD CSV %.2f, mapped/LOAD CSV %.2f%n",
                median(speeds.get("native")) / loadCsv,
                median(speeds.get("ftm")) / loadCsv,
                median(speeds.get("mapped")) / loadCsv);
        deleteTree(work);
    }

    /** A new embedded database that LOAD CSV may read {@code csv} from, with a 1 GB page cache. */
    static EmbeddedNeo4j startForLoadCsv(Path dbDir, Path csv) {
        return EmbeddedNeo4j.start(
                dbDir,
                "127.0.0.1",
                0,
                null,
                Map.of(
                        GraphDatabaseSettings.load_csv_file_url_root,
                        csv.toAbsolutePath(),
                        GraphDatabaseSettings.pagecache_memory,
                        1024L * 1024 * 1024));
    }

    /** One import into a fresh database; {@code importer} null for the LOAD CSV statements. */
    static double run(Path dbDir, Path csv, Function<Graph, ImportReport> importer) throws IOException {
        try (EmbeddedNeo4j db = startForLoadCsv(dbDir, csv);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            long started = System.nanoTime();
            if (importer != null) {
                ImportReport report = importer.apply(graph);
                if (!report.ok()) {
                    throw new IllegalStateException("import problems: "
                            + report.problems()
                                    .subList(0, Math.min(5, report.problems().size())));
                }
            } else {
                for (String statement : LOAD_CSV) {
                    graph.autoCommit(statement, Map.of());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Graph.Counts counts = graph.counts();
            System.out.printf("  %,d nodes, %,d relationships%n", counts.nodes(), counts.relationships());
            return seconds;
        } finally {
            deleteTree(dbDir);
        }
    }

    private static long countRows(Path csv) throws IOException {
        long rows = 0;
        for (String name : List.of("sources.csv", "entities.csv", "events.csv", "participants.csv", "ties.csv")) {
            try (Stream<String> lines = Files.lines(csv.resolve(name))) {
                rows += lines.count() - 1;
            }
        }
        return rows;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
