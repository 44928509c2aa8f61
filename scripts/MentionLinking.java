import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.Resources;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.ArticleImporter;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.importer.SampleData;
import org.influencegraph.names.NameKeys;

/**
 * How article mentions link to what the graph knows (scripts/mention-linking.sh): the sample data is loaded (and
 * with --reference the reference list of states and bodies, when the jar ships one), the articles are imported
 * through the article importer, and each short mention of the gold set (source, mention, offset_hint, expected,
 * kind) is looked up: the entity mentioned in that article one of whose names has the mention's name key.
 * <ul>
 * <li>Linked right: a sample id is that entity; {@code ref:Name} an entity that was in the graph before the
 * articles or came from the reference list, with that name among its names; {@code new:slug} an entity the
 * articles made, of that id; {@code place:City} a place of that name.</li>
 * <li>Duplicates: entities the articles made for actors the graph knew (a mention expected to be a sample or
 * reference actor landed on a new node, or a new node has a name or alias of a known actor of the gold list).</li>
 * </ul>
 * Runs on any build's jar (only the importers and the name keys are used), so the old build is scored alike.
 */
public class MentionLinking {

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        boolean reference = List.of(args).contains("--reference");
        boolean verbose = List.of(args).contains("--verbose");
        List<CSVRecord> gold = csv(set.resolve("gold/mentions.csv"));
        List<CSVRecord> known = csv(set.resolve("gold/entities.csv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(set.resolve("articles"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path work = Files.createTempDirectory("ig-mentions");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), "127.0.0.1", 0, null);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            SampleData.loadIfEmpty(graph);
            List<String> referenceFiles = Resources.list("import/reference");
            if (reference && !referenceFiles.isEmpty()) {
                var report = new NativeImporter(graph)
                        .run(
                                referenceFiles.stream()
                                        .map(ImportInput::ofResource)
                                        .toList(),
                                ImportOptions.DEFAULT,
                                Importer.Progress.NONE);
                System.out.println("reference list loaded: " + report.total().created() + " records");
            }
            Set<String> before =
                    new HashSet<>(graph.read("MATCH (e:Entity) RETURN e.id AS id", Map.of(), r -> r.get("id")
                            .asString()));
            Set<String> fromReference = new HashSet<>(graph.read(
                    "MATCH (e:Entity)-[:MENTIONED_IN]->(:Source {id: " + "'reference-states'}) RETURN e.id AS id",
                    Map.of(),
                    r -> r.get("id").asString()));
            var report = new ArticleImporter(graph)
                    .run(files.stream().map(ImportInput::of).toList(), Map.of(), ImportOptions.DEFAULT);
            System.out.println(files.size() + " articles imported, problems: " + report.problems());
            // Entities the reference list brought in while the articles were read (a build that links lazily).
            fromReference.addAll(graph.read(
                    "MATCH (e:Entity) WHERE e.description IN ['State', "
                            + "'International organization'] RETURN e.id AS id",
                    Map.of(),
                    r -> r.get("id").asString()));
            // The gold names an article by its file name; the graph by the id the reader gives it.
            Map<String, String> articleIds = new HashMap<>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                articleIds.put(
                        name.substring(0, name.length() - 4),
                        ArticleReader.read(
                                        file.toString(), Files.readAllBytes(file), ArticleReader.Format.TEXT, Map.of())
                                .id());
            }
            Map<String, Entity> entities = new HashMap<>();
            graph.read(
                    "MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, "
                            + "e.name AS name, coalesce(e.aliases, []) AS aliases, e.keys AS keys, "
                            + "[(e)-[:MENTIONED_IN]->(s:Source) | s.id] AS sources, "
                            + "reduce(all = [], x IN [(e)-[m:MENTIONED_IN]->(s:Source) WHERE m.as IS NOT NULL | "
                            + "[a IN m.as | s.id + '|' + a]] | all + x) AS named, "
                            + "[(e)-[m:MENTIONED_IN]->(s:Source) | [s.id, coalesce(m.quotes, [])]] AS quotes, "
                            + "[(e)-[m:MENTIONED_IN]->(s:Source) | [s.id, coalesce(m.asQuotes, [])]] AS asQuotes",
                    Map.of(),
                    r -> {
                        List<String> names = new ArrayList<>(r.get("aliases").asList(v -> v.asString()));
                        names.add(0, r.get("name").asString(""));
                        Set<String> as = new HashSet<>();
                        for (String x : r.get("named").asList(v -> v.asString())) {
                            as.add(x.substring(0, x.indexOf('|')) + "|"
                                    + NameKeys.key(x.substring(x.indexOf('|') + 1)));
                        }
                        Map<String, List<String>> quotes = new HashMap<>();
                        for (var q : r.get("quotes").asList(v -> v)) {
                            quotes.put(q.get(0).asString(), q.get(1).asList(v -> v.asString()));
                        }
                        for (var q : r.get("asQuotes").asList(v -> v)) {
                            quotes.put("as|" + q.get(0).asString(), q.get(1).asList(v -> v.asString()));
                        }
                        entities.put(
                                r.get("id").asString(),
                                new Entity(
                                        r.get("id").asString(),
                                        r.get("label").asString(),
                                        names,
                                        new HashSet<>(r.get("keys").asList(v -> v.asString())),
                                        new HashSet<>(r.get("sources").asList(v -> v.asString())),
                                        as,
                                        quotes));
                        return null;
                    });
            int right = 0;
            int surfaced = 0;
            Map<String, int[]> byKind = new TreeMap<>();
            Map<String, int[]> byClass = new TreeMap<>();
            Map<String, String> duplicates = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            for (CSVRecord g : gold) {
                String source = articleIds.getOrDefault(g.get("source"), g.get("source"));
                String key = NameKeys.key(g.get("mention"));
                List<Entity> found = entities.values().stream()
                        .filter(e -> e.sources().contains(source) && e.keys().contains(key)
                                || e.as().contains(source + "|" + key))
                        .toList();
                if (found.size() > 1) {
                    // Read mention by mention where the graph says which sentences named each entity.
                    found = narrow(found, source, key, g.get("offset_hint"));
                }
                String expected = g.get("expected");
                String cls = expected.startsWith("ref:")
                        ? "ref"
                        : expected.startsWith("new:") ? "new" : expected.startsWith("place:") ? "place" : "sample";
                boolean ok = found.size() == 1 && right(found.get(0), expected, before, fromReference);
                if (!found.isEmpty()) {
                    surfaced++;
                }
                if (ok) {
                    right++;
                } else {
                    wrong.add(
                            g.get("source") + " '" + g.get("mention") + "' (" + g.get("kind") + ") expected " + expected
                                    + ", got "
                                    + (found.isEmpty()
                                            ? "nothing"
                                            : found.stream()
                                                    .map(e -> e.id() + "("
                                                            + e.quotes()
                                                                    .getOrDefault(source, List.of())
                                                                    .size() + " sentences)")
                                                    .toList()));
                }
                tally(byKind, g.get("kind"), ok);
                tally(byClass, cls, ok);
                if (cls.equals("sample") || cls.equals("ref")) {
                    for (Entity e : found) {
                        if (!before.contains(e.id())
                                && !fromReference.contains(e.id())
                                && !e.label().equals("Place")) {
                            duplicates.put(e.id(), e.names().get(0) + " (for " + expected + ")");
                        }
                    }
                }
            }
            // New nodes sharing a name with an actor the gold list says the graph knew.
            Map<String, String> knownKeys = new HashMap<>();
            for (CSVRecord k : known) {
                String note = k.get("note");
                if (note.startsWith("in sample data") || note.startsWith("reference list")) {
                    List<String> names =
                            new ArrayList<>(List.of(k.get("aliases").split("\\|")));
                    names.add(k.get("name"));
                    for (String n : names) {
                        String nk = NameKeys.key(n);
                        if (!nk.isEmpty()) {
                            knownKeys.put(nk, k.get("entity"));
                        }
                    }
                }
            }
            for (Entity e : entities.values()) {
                if (before.contains(e.id())
                        || fromReference.contains(e.id())
                        || e.label().equals("Place")) {
                    continue;
                }
                for (String k : e.keys()) {
                    String actor = knownKeys.get(k);
                    if (actor != null && !actor.equals(e.id())) {
                        duplicates.putIfAbsent(e.id(), e.names().get(0) + " (for " + actor + ")");
                    }
                }
            }
            long created = entities.keySet().stream()
                    .filter(id -> !before.contains(id))
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "short mentions linked right: %d of %d (%.1f %%); the extractor surfaced "
                            + "%d of them (%.1f %% of those right)%n",
                    right,
                    gold.size(),
                    100.0 * right / gold.size(),
                    surfaced,
                    surfaced == 0 ? 0 : 100.0 * right / surfaced);
            System.out.println("by kind:  " + line(byKind));
            System.out.println("by class: " + line(byClass));
            System.out.println("entities created by the articles: " + created);
            System.out.println("new nodes for actors already in the graph: " + duplicates.size());
            duplicates.forEach((id, what) -> System.out.println("  " + id + ": " + what));
            // Every canned query by the plain surname of the sample's most central actor.
            var service =
                    new org.influencegraph.query.QueryService(org.influencegraph.query.QueryCatalog.load(), graph);
            List<String> answers = new ArrayList<>();
            for (var query : org.influencegraph.query.QueryCatalog.load().all()) {
                Map<String, String> params = new LinkedHashMap<>();
                query.parameters().stream()
                        .filter(p -> p.type() == org.influencegraph.query.Parameter.Type.ACTOR)
                        .forEach(p -> params.put(p.name(), p.name().equals("to") ? "Putin" : "Lukashenko"));
                if (params.isEmpty()) {
                    continue;
                }
                try {
                    answers.add(query.name() + " "
                            + service.run(query.name(), params).rows().size() + " rows");
                } catch (RuntimeException e) {
                    answers.add(query.name() + " ERROR " + e.getMessage());
                }
            }
            System.out.println("canned queries by 'Lukashenko': " + answers);
            List<String> held = graph.read(
                    "MATCH (c:Candidate {kind: 'mention'}) RETURN c.source + ': ' + c.title AS t " + "ORDER BY t",
                    Map.of(),
                    r -> r.get("t").asString());
            System.out.println("mentions held for review: " + held.size());
            if (List.of(args).contains("--dump")) {
                graph.read(
                                "MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Source) WHERE s.id STARTS WITH 'article-' "
                                        + "RETURN s.id + ' ' + [l IN labels(e) WHERE l <> 'Entity'][0] + ' ' + e.id + ' = ' + e.name "
                                        + "+ coalesce(' as ' + m.as[0], '') AS t ORDER BY t",
                                Map.of(),
                                r -> r.get("t").asString())
                        .forEach(t -> System.out.println("  " + t));
            }
            if (verbose) {
                held.forEach(h -> System.out.println("  " + h));
                wrong.forEach(w -> System.out.println("wrong: " + w));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * An entity; {@code as}: "source|key" of names an article used for it that are not its own (a capital);
     * {@code quotes}: by source, the sentences that named it, where the build records them.
     */
    record Entity(
            String id,
            String label,
            List<String> names,
            Set<String> keys,
            Set<String> sources,
            Set<String> as,
            Map<String, List<String>> quotes) {}

    /**
     * Of several entities a mention's name fits, those whose recorded sentences of the article hold the mention's
     * verbatim context; the entities as found when the sentences do not single out any.
     */
    static List<Entity> narrow(List<Entity> found, String source, String key, String hint) {
        List<Entity> named = found.stream()
                .filter(e -> e
                        .quotes()
                        .getOrDefault(
                                e.as().contains(source + "|" + key) && !e.keys().contains(key)
                                        ? "as|" + source
                                        : source,
                                List.of())
                        .stream()
                        .anyMatch(q -> q.contains(hint)))
                .toList();
        return named.isEmpty() ? found : named;
    }

    static boolean right(Entity e, String expected, Set<String> before, Set<String> fromReference) {
        if (expected.startsWith("ref:")) {
            String key = NameKeys.key(expected.substring(4));
            return e.names().stream().anyMatch(n -> NameKeys.key(n).equals(key));
        }
        if (expected.startsWith("new:")) {
            String slug = expected.substring(4);
            // The gold's writer did not know which bodies the reference list holds: one of them is one node too.
            return (!before.contains(e.id()) || fromReference.contains(e.id()))
                    && (e.id().equals(slug) || NameKeys.slug(e.names().get(0)).equals(slug));
        }
        if (expected.startsWith("place:")) {
            String key = NameKeys.key(expected.substring(6));
            return e.label().equals("Place")
                    && e.names().stream().anyMatch(n -> NameKeys.key(n).equals(key));
        }
        return e.id().equals(expected);
    }

    static void tally(Map<String, int[]> tally, String key, boolean ok) {
        int[] t = tally.computeIfAbsent(key, k -> new int[2]);
        t[1]++;
        if (ok) {
            t[0]++;
        }
    }

    static String line(Map<String, int[]> tally) {
        StringBuilder out = new StringBuilder();
        tally.forEach((k, t) ->
                out.append(k).append(' ').append(t[0]).append('/').append(t[1]).append("  "));
        return out.toString().strip();
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
