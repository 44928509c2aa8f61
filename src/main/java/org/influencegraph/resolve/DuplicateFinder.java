package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Field;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityType;
import org.influencegraph.names.Feature;
import org.influencegraph.names.NameMatcher;

/**
 * Pairs of entities that may be one, for a journalist to merge or to mark as two. Entities are grouped by the
 * consonants of their name words (so that spellings of one name meet), each entity in the groups of its rarest
 * words only (a shared common given name or "Group" says nothing, and comparing every such pair is what made a
 * review of 100,000 entities take minutes), compared name by name with {@link NameMatcher}, and the closest pairs
 * weighed with what the graph says about them: a recorded doubt (POSSIBLY_SAME_AS), shared ties, events and
 * sources, and countries. Pairs with any other tie between them (a family tie: two people), contradicting birth
 * dates, or marked as two are never proposed. The weights are those of {@link Feature}.
 */
public final class DuplicateFinder {

    /** One side of a pair. */
    public record Side(String id, String type, String name, String description, String country, long facts) {}

    /** A proposed pair: {@code a} is the one with more facts, the natural survivor of a merge. */
    public record Pair(Side a, Side b, double score, double nameScore, List<String> evidence) {}

    public static final double DEFAULT_MIN_SCORE = 0.75;
    public static final int MAX_LIMIT = 500;
    /** Groups larger than this (a common given name) say nothing and are skipped. */
    private static final int MAX_GROUP = 100;
    /** An entity joins the groups of this many of its name words, the rarest. */
    private static final int RARE_WORDS = 2;

    private static final double NAME_FLOOR = Feature.PAIR_NAME_FLOOR.weight();
    /** The most what the graph says of two people adds to their name score, a recorded doubt aside. */
    private static final double PERSON_MOST_ADDED = 3 * Feature.PAIR_SHARED_NEIGHBOUR.weight()
            + Feature.PAIR_SHARED_EVENT.weight()
            + Feature.PAIR_SHARED_SOURCE.weight()
            + Feature.PAIR_SAME_COUNTRY.weight();

    private static final String ENTITIES = Resources.read("cypher/resolve/review-entities.cypher");
    private static final String CONTEXT = Resources.read("cypher/resolve/review-context.cypher");
    private static final String DISTINCT_PAIRS = Resources.read("cypher/resolve/distinct-pairs.cypher");
    private static final String NAMES = Resources.read("cypher/resolve/entity-names.cypher");
    private static final String POSSIBLY_SAME_PAIRS = Resources.read("cypher/resolve/possibly-same-pairs.cypher");
    private static final String POSSIBLY_SAME_AS = "POSSIBLY_SAME_AS";
    private static final int BATCH = 1_000;

    private final Graph graph;

    public DuplicateFinder(Graph graph) {
        this.graph = graph;
    }

    private record Named(String id, String label, List<NameMatcher.Prepared> names) {}

    private record Candidate(Named a, Named b, NameMatcher.Comparison names, String left, String right) {}

    /** Pairs scoring at least {@code minScore}, the likeliest first, at most {@code limit}. */
    public List<Pair> find(EntityType type, double minScore, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("label", type == null ? null : type.label());
        List<Named> entities = graph.read(ENTITIES, params, r -> {
            List<NameMatcher.Prepared> names = new ArrayList<>();
            if (!r.get("name").isNull()) {
                names.add(NameMatcher.prepare(r.get("name").asString()));
            }
            r.get("aliases").asList(Field::asString).forEach(a -> names.add(NameMatcher.prepare(a)));
            return new Named(r.get("id").asString(), r.get("label").asString(""), names);
        });
        Set<String> doubts = new HashSet<>(
                graph.read(POSSIBLY_SAME_PAIRS, Map.of(), r -> r.get("pair").asString()));
        // The likeliest first by the most each pair can reach: once the pairs kept fill the limit and the next
        // pair's most is below the last kept, no pair after it can enter, and the rest are never read.
        List<Bounded> candidates = candidates(entities).stream()
                .map(c -> new Bounded(c, most(c, doubts)))
                .filter(c -> c.most() >= minScore)
                .sorted(Comparator.comparingDouble(Bounded::most)
                        .reversed()
                        .thenComparing(c -> c.candidate().a().id())
                        .thenComparing(c -> c.candidate().b().id()))
                .toList();
        Comparator<Pair> likeliest = Comparator.comparingDouble(Pair::score)
                .reversed()
                .thenComparing(p -> p.a().id())
                .thenComparing(p -> p.b().id());
        Set<String> rejected = new HashSet<>(
                graph.read(DISTINCT_PAIRS, Map.of(), r -> r.get("pair").asString()));
        Map<String, Context> contexts = new HashMap<>();
        List<Pair> kept = new ArrayList<>();
        int from = 0;
        while (from < candidates.size()) {
            int to = Math.min(candidates.size(), from + Math.max(BATCH, 2 * Math.min(limit, candidates.size())));
            List<Candidate> chunk = candidates.subList(from, to).stream()
                    .map(Bounded::candidate)
                    .toList();
            for (Pair p : weigh(chunk, contexts, rejected)) {
                if (p.score() >= minScore) {
                    kept.add(p);
                }
            }
            from = to;
            if (kept.size() >= limit && from < candidates.size()) {
                kept.sort(likeliest);
                kept = new ArrayList<>(kept.subList(0, limit));
                if (candidates.get(from).most() < kept.get(limit - 1).score()) {
                    break;
                }
            }
        }
        return kept.stream().sorted(likeliest).limit(limit).toList();
    }

    /** A candidate pair with the most its score can reach (rounded up as scores are rounded). */
    private record Bounded(Candidate candidate, double most) {}

    /**
     * The highest score a candidate pair can reach once weighed: its name score with every addend it may gain (the
     * recorded doubt only where one is recorded; shared ties, events, sources and a country only for people).
     */
    private static double most(Candidate c, Set<String> doubts) {
        double most = c.names().score();
        if (doubts.contains(pairKey(c.a().id(), c.b().id()))) {
            most += Feature.PAIR_POSSIBLY_SAME.weight();
        }
        if (c.a().label().equals(EntityType.PERSON.label())) {
            most += PERSON_MOST_ADDED;
        }
        most = Math.min(Feature.PAIR_MOST.weight(), Math.max(0, most));
        // Scores are rounded to three decimals; a small margin keeps sums in another order from slipping past.
        return Math.ceil(most * 1000 + 1e-6) / 1000.0;
    }

    /**
     * Pairs of one label in a group of name-word consonants that share a word and come close enough to weigh.
     * Each entity joins the groups of its {@link #RARE_WORDS} rarest words that are not too common to tell.
     */
    private static List<Candidate> candidates(List<Named> entities) {
        Map<String, String> blocks = new HashMap<>();
        List<Set<String>> keysOf = new ArrayList<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (Named e : entities) {
            Set<String> keys = new HashSet<>();
            for (NameMatcher.Prepared name : e.names()) {
                for (String word : name.words()) {
                    if (word.length() >= 3) {
                        keys.add(e.label() + ":" + blocks.computeIfAbsent(word, w -> NameMatcher.blockWord(w, 0)));
                    }
                }
            }
            keysOf.add(keys);
            keys.forEach(k -> sizes.merge(k, 1, Integer::sum));
        }
        Map<String, List<Named>> groups = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Named e = entities.get(i);
            keysOf.get(i).stream()
                    .filter(k -> sizes.get(k) >= 2 && sizes.get(k) <= MAX_GROUP)
                    .sorted(Comparator.comparing((String k) -> sizes.get(k)).thenComparing(k -> k))
                    .limit(RARE_WORDS)
                    .forEach(k ->
                            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
        }
        // Groups are filled in the order of the entities, so a pair in two groups is compared the same way in both:
        // which group finds it first does not matter, and groups are compared in parallel.
        NameMatcher.Memo memo = new NameMatcher.Memo();
        Map<String, Candidate> found = new ConcurrentHashMap<>();
        groups.values().parallelStream().forEach(group -> {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Named a = group.get(i);
                    Named b = group.get(j);
                    String pair = pairKey(a.id(), b.id());
                    if (found.containsKey(pair)) {
                        continue;
                    }
                    Candidate c = compare(a, b, memo);
                    if (c != null
                            && c.names().score() >= NAME_FLOOR
                            && c.names().pairs().stream().anyMatch(p -> p.similarity() >= NameMatcher.WORD_DIFFERS)) {
                        found.putIfAbsent(pair, c);
                    }
                }
            }
        });
        return found.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> c.a().id()).thenComparing(c -> c.b().id()))
                .toList();
    }

    /**
     * The closest pair of names of two entities. A person's full names are compared when both have one: "Oreshkin"
     * alone says little about which Oreshkin. A match on one-word names alone counts for less.
     */
    private static Candidate compare(Named a, Named b, NameMatcher.Memo memo) {
        boolean person = a.label().equals(EntityType.PERSON.label());
        double extraWord = (person ? Feature.PAIR_EXTRA_WORD_PERSON : Feature.PAIR_EXTRA_WORD_OTHER).weight();
        Candidate best = null;
        for (boolean full : person ? new boolean[] {true, false} : new boolean[] {false}) {
            for (NameMatcher.Prepared x : a.names()) {
                for (NameMatcher.Prepared y : b.names()) {
                    if (full && (x.words().size() < 2 || y.words().size() < 2)) {
                        continue;
                    }
                    NameMatcher.Comparison c = NameMatcher.compare(x, y, memo);
                    // A name inside a longer one finds an entity, but two entities are one only if their names are:
                    // "Russia" is not "Russian army".
                    double penalty = Math.pow(extraWord, c.unmatchedWords())
                            * (!full && person ? Feature.PAIR_ONE_WORD_PERSON.weight() : 1)
                            * (!person && shortWords(x, y) ? Feature.PAIR_SHORT_WORD_OTHER.weight() : 1);
                    double score = c.score() * penalty;
                    // A registered company's family: "X Holdings LLC" owns "X LLC", "X Corporation" belongs to "X
                    // Group".
                    if (!person
                            && (x.legalForm() != null || y.legalForm() != null)
                            && !x.designators().equals(y.designators())) {
                        score = Math.min(score, Feature.PAIR_OTHER_DESIGNATOR.weight());
                    }
                    c = new NameMatcher.Comparison(score, c.pairs(), c.unmatchedWords());
                    if (best == null || c.score() > best.names().score()) {
                        best = new Candidate(a, b, c, x.name(), y.name());
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return best;
    }

    /** Whether two names are one short word each, not the same word ("CNA" and "Chain"). */
    private static boolean shortWords(NameMatcher.Prepared x, NameMatcher.Prepared y) {
        return x.words().size() == 1
                && y.words().size() == 1
                && !x.words().equals(y.words())
                && Math.min(x.words().get(0).length(), y.words().get(0).length()) < 6;
    }

    /** What the graph says about one entity of a candidate pair. */
    private record Context(
            String name,
            String description,
            String country,
            List<String> birth,
            long facts,
            Map<String, Set<String>> neighbours,
            Set<String> events,
            Set<String> sources) {}

    /**
     * Each candidate pair weighed with what the graph says about its two entities, read once per entity (a hub in
     * many pairs is read once), the pairs' shared ties, events and sources computed here.
     */
    private List<Pair> weigh(List<Candidate> candidates, Map<String, Context> contexts, Set<String> rejected) {
        Set<String> ids = new LinkedHashSet<>();
        candidates.forEach(c -> {
            ids.add(c.a().id());
            ids.add(c.b().id());
        });
        ids.removeAll(contexts.keySet());
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            graph.read(CONTEXT, Map.of("ids", all.subList(from, Math.min(all.size(), from + BATCH))), r -> {
                Map<String, Set<String>> neighbours = new HashMap<>();
                for (String n : r.get("neighbours").asList(Field::asString)) {
                    int bar = n.lastIndexOf('|');
                    neighbours
                            .computeIfAbsent(n.substring(0, bar), k -> new HashSet<>())
                            .add(n.substring(bar + 1));
                }
                contexts.put(
                        r.get("id").asString(),
                        new Context(
                                r.get("name").asString(null),
                                r.get("description").asString(null),
                                r.get("country").asString(null),
                                EntityMatcher.texts(r.get("birth")),
                                r.get("facts").asLong(),
                                neighbours,
                                new HashSet<>(r.get("events").asList(Field::asString)),
                                new HashSet<>(r.get("sources").asList(Field::asString))));
                return null;
            });
        }
        Map<String, String> names = names(candidates, contexts);
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            Context a = contexts.get(c.a().id());
            Context b = contexts.get(c.b().id());
            if (a == null || b == null || rejected.contains(pairKey(c.a().id(), c.b().id()))) {
                continue;
            }
            Pair p = pair(c, a, b, names);
            if (p != null) {
                pairs.add(p);
            }
        }
        return pairs;
    }

    private Pair pair(Candidate c, Context ca, Context cb, Map<String, String> names) {
        Set<String> between = ca.neighbours().getOrDefault(c.b().id(), Set.of());
        if (between.stream().anyMatch(t -> !t.equals(POSSIBLY_SAME_AS))) {
            return null;
        }
        List<String> aBirth = ca.birth();
        List<String> bBirth = cb.birth();
        if (!aBirth.isEmpty()
                && !bBirth.isEmpty()
                && aBirth.stream().noneMatch(x -> bBirth.stream().anyMatch(y -> x.startsWith(y) || y.startsWith(x)))) {
            return null;
        }
        double nameScore = c.names().score();
        double score = nameScore;
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(
                Locale.ROOT,
                "names '%s' and '%s' score %.2f (%s)",
                c.left(),
                c.right(),
                nameScore,
                c.names().pairs().stream()
                        .map(p -> String.format(
                                Locale.ROOT,
                                "%s %s %s %.2f",
                                p.left(),
                                p.similarity() >= NameMatcher.WORD_DIFFERS ? "~" : "differs from",
                                p.right(),
                                p.similarity()))
                        .collect(Collectors.joining("; "))));
        if (between.contains(POSSIBLY_SAME_AS)) {
            score += Feature.PAIR_POSSIBLY_SAME.weight();
            evidence.add("recorded as possibly the same (POSSIBLY_SAME_AS)");
        }
        if (c.a().label().equals(EntityType.PERSON.label())) {
            score += personContext(c, ca, cb, names, evidence);
        }
        String aCountry = ca.country();
        String bCountry = cb.country();
        if (aCountry != null && bCountry != null && !aCountry.equals(bCountry)) {
            score += Feature.PAIR_OTHER_COUNTRY.weight();
            evidence.add("countries differ: " + aCountry + " / " + bCountry);
        }
        score = Math.min(Feature.PAIR_MOST.weight(), Math.max(0, score));
        Side a = new Side(
                c.a().id(), c.a().label().toLowerCase(Locale.ROOT), ca.name(), ca.description(), aCountry, ca.facts());
        Side b = new Side(
                c.b().id(), c.b().label().toLowerCase(Locale.ROOT), cb.name(), cb.description(), bCountry, cb.facts());
        boolean swap = b.facts() > a.facts() || b.facts() == a.facts() && b.id().compareTo(a.id()) < 0;
        return new Pair(
                swap ? b : a,
                swap ? a : b,
                Math.round(score * 1000) / 1000.0,
                Math.round(nameScore * 1000) / 1000.0,
                evidence);
    }

    /**
     * What two people's places in the graph add: shared ties, events and sources, and one country. Organizations
     * of one country share all of these without being one, so only people are weighed this way.
     */
    private double personContext(Candidate c, Context a, Context b, Map<String, String> names, List<String> evidence) {
        double score = 0;
        List<String> neighbours = namesOf(sharedNeighbours(c, a, b), names).stream()
                .distinct()
                .sorted()
                .limit(5)
                .toList();
        if (!neighbours.isEmpty()) {
            score += Feature.PAIR_SHARED_NEIGHBOUR.weight() * Math.min(3, neighbours.size());
            evidence.add("both tied to " + String.join(", ", neighbours));
        }
        List<String> events = a.events().stream()
                .filter(b.events()::contains)
                .sorted()
                .limit(5)
                .toList();
        if (!events.isEmpty()) {
            score += Feature.PAIR_SHARED_EVENT.weight();
            evidence.add("both take part in " + String.join(", ", events));
        }
        List<String> sources = a.sources().stream()
                .filter(b.sources()::contains)
                .sorted()
                .limit(5)
                .toList();
        if (!sources.isEmpty()) {
            score += Feature.PAIR_SHARED_SOURCE.weight();
            evidence.add("both mentioned in " + String.join(", ", sources));
        }
        String country = a.country();
        if (country != null && country.equals(b.country())) {
            score += Feature.PAIR_SAME_COUNTRY.weight();
            evidence.add("same country " + country);
        }
        return score;
    }

    /** Whether the relationship types to a neighbour hold a tie other than a recorded doubt. */
    private static boolean tied(Set<String> types) {
        for (String t : types) {
            if (!t.equals(POSSIBLY_SAME_AS)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> namesOf(List<String> ids, Map<String, String> names) {
        return ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The ids two people of a pair are both tied to (neither of the two). */
    private static List<String> sharedNeighbours(Candidate c, Context a, Context b) {
        List<String> shared = new ArrayList<>();
        Map<String, Set<String>> fewer =
                a.neighbours().size() <= b.neighbours().size() ? a.neighbours() : b.neighbours();
        Map<String, Set<String>> more = fewer == a.neighbours() ? b.neighbours() : a.neighbours();
        for (var n : fewer.entrySet()) {
            String id = n.getKey();
            if (!id.equals(c.a().id())
                    && !id.equals(c.b().id())
                    && tied(n.getValue())
                    && tied(more.getOrDefault(id, Set.of()))) {
                shared.add(id);
            }
        }
        return shared;
    }

    /** The names of the neighbours pairs of people share, read in batches: the evidence cites them. */
    private Map<String, String> names(List<Candidate> candidates, Map<String, Context> contexts) {
        Set<String> ids = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            Context a = contexts.get(c.a().id());
            Context b = contexts.get(c.b().id());
            if (a != null && b != null && c.a().label().equals(EntityType.PERSON.label())) {
                ids.addAll(sharedNeighbours(c, a, b));
            }
        }
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            graph.read(
                    NAMES,
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + BATCH))),
                    r -> names.put(r.get("id").asString(), r.get("name").asString(null)));
        }
        return names;
    }

    /** The key of an unordered pair: the ids sorted, joined by '|'. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
