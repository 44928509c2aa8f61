package org.influencegraph.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.importer.ArticleImporter;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.model.Article;
import org.influencegraph.names.NameKeys;

/**
 * How well the article extractor reads news: the articles are imported into an empty database by the extractor
 * alone, and what the graph then holds is scored against a curated data set in the native format (the
 * project's {@code import/} folder is curated from the seed articles), article by article.
 *
 * <ul>
 * <li><b>Entities.</b> A person, organization or place the extractor mentions in an article is right when one of
 * its names is a name or alias of an entity the curated data lists for that article; a second entity for the
 * same curated one is wrong. Recall: the curated entities of the article that some extracted one names.</li>
 * <li><b>Events with roles.</b> Of the kinds the extractor reads (mediation, meetings, calls, visits, appeals,
 * arrests, sentences, releases, appointments). An extracted event is right when a curated event of the article
 * has its type and every one of its actors in the same role (a host and a participant count as one role, as the
 * curated data itself uses either for "held a meeting with"); a curated event is claimed by one extracted event
 * only (a second is a duplicate, and wrong), and is found when the event that claims it has at least two of its
 * actors, or its only one (a place is not counted as one).</li>
 * <li><b>Ties.</b> Right when the curated data has the same tie (type, from, to; either way for the symmetric
 * types) from that article.</li>
 * </ul>
 *
 * <p>Scoring conventions (docs/BENCHMARKS.md, "scoring conventions"), the same for the reader, this scorer and
 * every bench set's curated data:
 *
 * <ul>
 * <li><b>Direction is scored only where the text gives it.</b> "A called B" has a caller (initiator) and one
 * called (target); "a call between A and B", "A's call with B" has two participants. A participant of a call
 * fits a curated caller or one called; a caller fits a curated participant, never the curated one called.</li>
 * <li><b>A place is the place the text names.</b> "Flew to Moscow" is a visit to Moscow the city; the curated
 * data lists the city (and the state too when the text names it). An extracted name is the curated entity whose
 * own name it is before one it is only an alias of, so a city is not lost to a state listed with the city's
 * name as an alias.</li>
 * <li><b>The one appointed is the target</b>, as docs/IMPORT.md says the reader writes; {@code subject} is the
 * post or body appointed to.</li>
 * </ul>
 *
 * Each curated article is found by its quotes: the article whose text holds most of them.
 * Usage: {@code ExtractionQuality GOLD_DIR ARTICLE_DIR [--verbose]}.
 */
public final class ExtractionQuality {

    /** The event types the extractor reads: recall counts these only; the others are listed apart. */
    static final Set<String> EVENT_TYPES = Set.of(
            "mediation",
            "negotiation",
            "meeting",
            "phone-call",
            "visit",
            "appeal",
            "arrest",
            "sentence",
            "release",
            "appointment");
    /** The tie types the extractor reads. */
    static final Set<String> TIE_TYPES = Set.of(
            "leads",
            "member-of",
            "employed-by",
            "advises",
            "family",
            "ally-of",
            "supports",
            "opposes",
            "represents",
            "located-in");

    private static final Set<String> SYMMETRIC =
            Set.of("family", "ally-of", "associate-of", "related-to", "possibly-same-as");

    private ExtractionQuality() {}

    /** Right, wrong and missed, with what each was, for the report. */
    static final class Tally {
        final List<String> right = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();
        final List<String> missed = new ArrayList<>();
        int found;

        double precision() {
            return right.size() + wrong.size() == 0 ? 1 : (double) right.size() / (right.size() + wrong.size());
        }

        double recall() {
            return found + missed.size() == 0 ? 1 : (double) found / (found + missed.size());
        }

        String line(String what) {
            return String.format(
                    Locale.ROOT,
                    "%-9s P %.2f (%d of %d)   R %.2f (%d of %d)",
                    what,
                    precision(),
                    right.size(),
                    right.size() + wrong.size(),
                    recall(),
                    found,
                    found + missed.size());
        }
    }

    /** The curated data: entities with their names, and per source the entities, events with parts, and ties. */
    record Gold(
            Map<String, Set<String>> names,
            Map<String, String> types,
            Map<String, Set<String>> entities,
            Map<String, Map<String, GoldEvent>> events,
            Map<String, Set<String>> ties,
            Map<String, List<String>> quotes,
            Map<String, Set<String>> own) {}

    record GoldEvent(String id, String type, Set<String> parts) {}

    /** What the graph holds from one article: entities with names, events with typed parts, ties. */
    record Extracted(
            Map<String, Set<String>> names,
            Map<String, String> types,
            Map<String, Set<String>> events,
            Map<String, String> eventTypes,
            Set<String> ties,
            Map<String, String> producers) {

        Extracted(
                Map<String, Set<String>> names,
                Map<String, String> types,
                Map<String, Set<String>> events,
                Map<String, String> eventTypes,
                Set<String> ties) {
            this(names, types, events, eventTypes, ties, Map.of());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractionQuality GOLD_DIR ARTICLE_DIR [--verbose]");
            System.exit(2);
        }
        Path goldDir = Path.of(args[0]);
        Path articleDir = Path.of(args[1]);
        boolean verbose = List.of(args).contains("--verbose");
        Gold gold = readGold(goldDir);
        List<Path> files;
        try (Stream<Path> list = Files.list(articleDir)) {
            files = list.filter(p -> ArticleReader.format(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        }
        Path work = Files.createTempDirectory("ig-quality");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), "127.0.0.1", 0, null);
                Graph graph = Graph.connect(db.boltUri(), null, null, "neo4j", Graph.Mode.EMBEDDED)) {
            Schema.apply(graph);
            long started = System.nanoTime();
            ImportReport report = new ArticleImporter(graph)
                    .run(files.stream().map(ImportInput::of).toList(), Map.of(), ImportOptions.DEFAULT);
            System.out.printf(
                    Locale.ROOT,
                    "%d articles imported in %.1f s (the NLP models' loading included), " + "%d problems%n",
                    files.size(),
                    (System.nanoTime() - started) / 1e9,
                    report.problems().size());
            Tally entities = new Tally();
            Tally events = new Tally();
            Tally ties = new Tally();
            Map<String, Integer> outOfScope = new TreeMap<>();
            Map<String, Tally> byType = new TreeMap<>();
            Map<String, Tally> byRule = new TreeMap<>();
            Map<String, Tally> tiesByRule = new TreeMap<>();
            for (Path file : files) {
                Article article = ArticleReader.read(
                        file.toString(),
                        Files.readAllBytes(file),
                        ArticleReader.format(file.getFileName().toString()),
                        Map.of());
                String source = sourceOf(gold, article.text());
                if (source == null) {
                    System.out.println(file.getFileName() + ": no curated article has its quotes; not scored");
                    continue;
                }
                Extracted found = read(graph, article.id());
                scoreEntities(gold, source, found, entities);
                scoreEvents(gold, source, found, events, outOfScope, byType, byRule);
                scoreTies(gold, source, found, ties, tiesByRule);
            }
            System.out.println(entities.line("entities"));
            System.out.println(events.line("events"));
            System.out.println(ties.line("ties"));
            System.out.println("curated events of other kinds, not scored: " + outOfScope);
            byType.forEach((type, t) -> System.out.println("  " + t.line(type)));
            System.out.println("events by the rule that found them (right of found):");
            byRule.forEach((rule, t) -> System.out.printf(
                    Locale.ROOT, "  %-48s %d of %d%n", rule, t.right.size(), t.right.size() + t.wrong.size()));
            System.out.println("ties by the rule that found them (right of found):");
            tiesByRule.forEach((rule, t) -> System.out.printf(
                    Locale.ROOT, "  %-48s %d of %d%n", rule, t.right.size(), t.right.size() + t.wrong.size()));
            if (verbose) {
                for (var e : Map.of("entities", entities, "events", events, "ties", ties)
                        .entrySet()) {
                    e.getValue().wrong.forEach(w -> System.out.println(e.getKey() + " wrong:  " + w));
                    e.getValue().missed.forEach(m -> System.out.println(e.getKey() + " missed: " + m));
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The curated source most of whose quotes the text holds. */
    static String sourceOf(Gold gold, String text) {
        String haystack = flat(text);
        String best = null;
        int bestCount = 0;
        for (var e : gold.quotes().entrySet()) {
            int count = (int) e.getValue().stream()
                    .filter(q -> q.length() > 15 && haystack.contains(flat(q)))
                    .count();
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    private static String flat(String text) {
        return text.replace('’', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The curated entity an extracted one names: one the article lists first, else any; and among those, one
     * whose own name it is before one it is only an alias of (Moscow the city, not Russia aliased "Moscow").
     */
    static String goldId(Gold gold, String source, Set<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(NameKeys.key(n)));
        Set<String> listed = gold.entities().getOrDefault(source, Set.of());
        String[] best = new String[4];
        for (var e : new TreeMap<>(gold.names()).entrySet()) {
            if (e.getValue().stream().anyMatch(keys::contains)) {
                boolean own =
                        gold.own().getOrDefault(e.getKey(), Set.of()).stream().anyMatch(keys::contains);
                int rank = (listed.contains(e.getKey()) ? 0 : 2) + (own ? 0 : 1);
                best[rank] = best[rank] == null ? e.getKey() : best[rank];
            }
        }
        for (String id : best) {
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * Whether an extracted part ("role entity") fits a curated event's parts. A host and a participant are one
     * role. A phone call whose text gives no direction has participants, and they fit a curated caller or one
     * called; a caller or one called fits a curated participant, but never the other end of the call.
     */
    static boolean fits(String type, String part, Set<String> goldParts) {
        if (goldParts.contains(part)
                || goldParts.contains(part.replace("participant ", "host "))
                || goldParts.contains(part.replace("host ", "participant "))) {
            return true;
        }
        if (!type.equals("phone-call")) {
            return false;
        }
        String[] roleAndId = part.split(" ", 2);
        return switch (roleAndId[0]) {
            case "participant" ->
                goldParts.contains("initiator " + roleAndId[1]) || goldParts.contains("target " + roleAndId[1]);
            case "initiator", "target" -> goldParts.contains("participant " + roleAndId[1]);
            default -> false;
        };
    }

    static void scoreEntities(Gold gold, String source, Extracted found, Tally tally) {
        Set<String> expected = gold.entities().getOrDefault(source, Set.of());
        Set<String> seen = new HashSet<>();
        for (var e : found.names().entrySet()) {
            String id = goldId(gold, source, e.getValue());
            String label = source + ": " + found.types().get(e.getKey()) + " " + e.getValue();
            if (id != null && expected.contains(id) && seen.add(id)) {
                tally.right.add(label);
            } else {
                tally.wrong.add(label + (id == null ? "" : " (" + id + (seen.contains(id) ? ", twice)" : ")")));
            }
        }
        for (String id : expected) {
            if (seen.contains(id)) {
                tally.found++;
            } else {
                tally.missed.add(source + ": " + gold.types().get(id) + " " + id);
            }
        }
    }

    static void scoreEvents(Gold gold, String source, Extracted found, Tally tally, Map<String, Integer> outOfScope) {
        scoreEvents(gold, source, found, tally, outOfScope, new HashMap<>(), new HashMap<>());
    }

    /** As above, with a tally per event type and one per rule (the producer of the event's parts). */
    static void scoreEvents(
            Gold gold,
            String source,
            Extracted found,
            Tally tally,
            Map<String, Integer> outOfScope,
            Map<String, Tally> byType,
            Map<String, Tally> byRule) {
        Map<String, GoldEvent> expected = gold.events().getOrDefault(source, Map.of());
        Map<String, String> toGold = new HashMap<>();
        found.names().forEach((id, names) -> toGold.put(id, goldId(gold, source, names)));
        Set<String> hit = new HashSet<>();
        Set<String> claimed = new HashSet<>();
        for (var e : found.events().entrySet()) {
            String type = found.eventTypes().get(e.getKey());
            Set<String> parts = new LinkedHashSet<>();
            e.getValue().forEach(p -> {
                String[] roleAndId = p.split(" ", 2);
                String id = toGold.get(roleAndId[1]);
                parts.add(roleAndId[0] + " " + (id == null ? roleAndId[1] : id));
            });
            String label = source + ": " + type + " " + parts;
            List<GoldEvent> fitting = expected.values().stream()
                    .filter(g -> g.type().equals(type) && parts.stream().allMatch(p -> fits(type, p, g.parts())))
                    .toList();
            // Each curated event is claimed once: a second event for it is a duplicate in the graph.
            GoldEvent match = fitting.stream()
                    .filter(g -> !claimed.contains(g.id()))
                    .findFirst()
                    .orElse(null);
            Tally rule = byRule.computeIfAbsent(found.producers().getOrDefault(e.getKey(), "?"), k -> new Tally());
            if (match == null) {
                tally.wrong.add(label + (fitting.isEmpty() ? "" : " (again)"));
                byType.computeIfAbsent(type, k -> new Tally()).wrong.add(label);
                rule.wrong.add(label);
                continue;
            }
            claimed.add(match.id());
            tally.right.add(label);
            byType.computeIfAbsent(type, k -> new Tally()).right.add(label);
            rule.right.add(label);
            long actorsInGold = match.parts().stream()
                    .filter(p -> !p.startsWith("location "))
                    .count();
            long actorsFound =
                    parts.stream().filter(p -> !p.startsWith("location ")).count();
            if (actorsFound >= Math.min(2, actorsInGold)) {
                hit.add(match.id());
            }
        }
        for (GoldEvent g : expected.values()) {
            if (!EVENT_TYPES.contains(g.type())) {
                outOfScope.merge(g.type(), 1, Integer::sum);
            } else if (hit.contains(g.id())) {
                tally.found++;
                byType.computeIfAbsent(g.type(), k -> new Tally()).found++;
            } else {
                tally.missed.add(source + ": " + g.type() + " " + g.id() + " " + g.parts());
                byType.computeIfAbsent(g.type(), k -> new Tally()).missed.add(g.id());
            }
        }
    }

    static void scoreTies(Gold gold, String source, Extracted found, Tally tally) {
        scoreTies(gold, source, found, tally, new HashMap<>());
    }

    /** As above, with a tally per rule (the producer of the tie). */
    static void scoreTies(Gold gold, String source, Extracted found, Tally tally, Map<String, Tally> byRule) {
        Set<String> expected = gold.ties().getOrDefault(source, Set.of());
        Map<String, String> toGold = new HashMap<>();
        found.names().forEach((id, names) -> toGold.put(id, goldId(gold, source, names)));
        Set<String> hit = new HashSet<>();
        for (String tie : found.ties()) {
            String[] t = tie.split(" ");
            String from = toGold.get(t[0]) == null ? t[0] : toGold.get(t[0]);
            String to = toGold.get(t[2]) == null ? t[2] : toGold.get(t[2]);
            String key = from + " " + t[1] + " " + to;
            String reverse = to + " " + t[1] + " " + from;
            Tally rule = byRule.computeIfAbsent(found.producers().getOrDefault(tie, "?"), k -> new Tally());
            if (expected.contains(key)) {
                tally.right.add(source + ": " + key);
                rule.right.add(source + ": " + key);
                hit.add(key);
            } else if (SYMMETRIC.contains(t[1]) && expected.contains(reverse)) {
                tally.right.add(source + ": " + key);
                rule.right.add(source + ": " + key);
                hit.add(reverse);
            } else {
                tally.wrong.add(source + ": " + key);
                rule.wrong.add(source + ": " + key);
            }
        }
        for (String tie : expected) {
            if (!TIE_TYPES.contains(tie.split(" ")[1])) {
                continue;
            }
            if (hit.contains(tie)) {
                tally.found++;
            } else {
                tally.missed.add(source + ": " + tie);
            }
        }
    }

    /** What the graph holds from one article, by the extractor. */
    static Extracted read(Graph graph, String article) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        graph.read("""
                MATCH (e:Entity)-[m:MENTIONED_IN]->(:Source {id: $article})
                WHERE m.producer STARTS WITH 'extractor/'
                RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
                       [l IN labels(e) WHERE l <> 'Entity'][0] AS type""", Map.of("article", article), r -> {
            Set<String> all = new LinkedHashSet<>();
            all.add(r.get("name").asString());
            r.get("aliases").asList(v -> v.asString()).forEach(all::add);
            names.put(r.get("id").asString(), all);
            types.put(
                    r.get("id").asString(),
                    String.valueOf(r.get("type").asString(null)).toLowerCase(Locale.ROOT));
            return null;
        });
        Map<String, Set<String>> events = new LinkedHashMap<>();
        Map<String, String> eventTypes = new HashMap<>();
        Map<String, String> producers = new HashMap<>();
        graph.read("""
                MATCH (ev:Event)-[:REPORTED_IN]->(:Source {id: $article})
                MATCH (x:Entity)-[r]->(ev)
                WHERE r.source = $article AND r.producer STARTS WITH 'extractor/'
                RETURN ev.id AS id, ev.type AS type, collect(toLower(type(r)) + ' ' + x.id) AS parts,
                       min(r.producer) AS producer""", Map.of("article", article), r -> {
            events.put(
                    r.get("id").asString(), new LinkedHashSet<>(r.get("parts").asList(v -> v.asString())));
            eventTypes.put(r.get("id").asString(), r.get("type").asString());
            producers.put(r.get("id").asString(), r.get("producer").asString());
            return null;
        });
        // A tie's producer sits beside the events' in the same map: a tie's key ("a leads b") is no event's id.
        Set<String> ties = new LinkedHashSet<>(graph.read("""
                MATCH (a:Entity)-[t]->(b:Entity)
                WHERE t.source = $article AND t.producer STARTS WITH 'extractor/'
                RETURN a.id + ' ' + toLower(replace(type(t), '_', '-')) + ' ' + b.id AS tie,
                       min(t.producer) AS producer""", Map.of("article", article), r -> {
            producers.put(r.get("tie").asString(), r.get("producer").asString());
            return r.get("tie").asString();
        }));
        return new Extracted(names, types, events, eventTypes, ties, producers);
    }

    /** The curated data set in the native format. */
    static Gold readGold(Path dir) throws IOException {
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> entities = new HashMap<>();
        Map<String, List<String>> quotes = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("entities.csv"))) {
            Set<String> keys = names.computeIfAbsent(r.get("entity"), k -> new HashSet<>());
            keys.add(NameKeys.key(r.get("name")));
            own.computeIfAbsent(r.get("entity"), k -> new HashSet<>()).add(NameKeys.key(r.get("name")));
            for (String alias : r.get("aliases").split("\\|")) {
                if (!alias.isBlank()) {
                    keys.add(NameKeys.key(alias));
                }
            }
            types.put(r.get("entity"), r.get("type"));
            entities.computeIfAbsent(r.get("source"), k -> new LinkedHashSet<>())
                    .add(r.get("entity"));
            quotes.computeIfAbsent(r.get("source"), k -> new ArrayList<>()).add(r.get("quote"));
        }
        Map<String, Map<String, GoldEvent>> events = new HashMap<>();
        Map<String, String> eventTypes = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("events.csv"))) {
            eventTypes.put(r.get("event"), r.get("type"));
            events.computeIfAbsent(r.get("source"), k -> new LinkedHashMap<>())
                    .put(r.get("event"), new GoldEvent(r.get("event"), r.get("type"), new LinkedHashSet<>()));
            quotes.computeIfAbsent(r.get("source"), k -> new ArrayList<>()).add(r.get("quote"));
        }
        for (CSVRecord r : csv(dir.resolve("participants.csv"))) {
            GoldEvent event = events.getOrDefault(r.get("source"), Map.of()).get(r.get("event"));
            if (event != null) {
                event.parts().add(r.get("role").toLowerCase(Locale.ROOT) + " " + r.get("entity"));
            }
        }
        Map<String, Set<String>> ties = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("ties.csv"))) {
            ties.computeIfAbsent(r.get("source"), k -> new LinkedHashSet<>())
                    .add(r.get("from") + " " + r.get("type").toLowerCase(Locale.ROOT) + " " + r.get("to"));
            quotes.computeIfAbsent(r.get("source"), k -> new ArrayList<>()).add(r.get("quote"));
        }
        return new Gold(names, types, entities, events, ties, quotes, own);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
