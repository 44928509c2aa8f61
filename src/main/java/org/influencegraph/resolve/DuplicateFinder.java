package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityType;
import org.neo4j.driver.Value;

/**
 * Pairs of entities that may be one, for a journalist to merge or to mark as two. Entities are grouped by the
 * consonants of their name words (so that spellings of one name meet), compared name by name with
 * {@link NameMatcher}, and the closest pairs weighed with what the graph says about them: a recorded doubt
 * (POSSIBLY_SAME_AS), shared ties, events and sources, and countries. Pairs with any other tie between them
 * (a family tie: two people), contradicting birth dates, or marked as two are never proposed.
 */
public final class DuplicateFinder {

    /** One side of a pair. */
    public record Side(String id, String type, String name, String description, String country, long facts) {
    }

    /** A proposed pair: {@code a} is the one with more facts, the natural survivor of a merge. */
    public record Pair(Side a, Side b, double score, double nameScore, List<String> evidence) {
    }

    public static final double DEFAULT_MIN_SCORE = 0.75;
    public static final int MAX_LIMIT = 500;
    /** Groups larger than this (a common given name) say nothing and are skipped. */
    private static final int MAX_GROUP = 100;
    private static final double NAME_FLOOR = 0.55;
    private static final String ENTITIES = Resources.read("cypher/resolve/review-entities.cypher");
    private static final String CONTEXT = Resources.read("cypher/resolve/pair-context.cypher");

    private final Graph graph;

    public DuplicateFinder(Graph graph) {
        this.graph = graph;
    }

    private record Named(String id, String label, List<String> names) {
    }

    private record Candidate(Named a, Named b, NameMatcher.Comparison names, String left, String right) {
    }

    /** Pairs scoring at least {@code minScore}, the likeliest first, at most {@code limit}. */
    public List<Pair> find(EntityType type, double minScore, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("label", type == null ? null : type.label());
        List<Named> entities = graph.read(ENTITIES, params, r -> {
            List<String> names = new ArrayList<>();
            if (!r.get("name").isNull()) {
                names.add(r.get("name").asString());
            }
            names.addAll(r.get("aliases").asList(Value::asString));
            return new Named(r.get("id").asString(), r.get("label").asString(""), names);
        });
        List<Candidate> candidates = candidates(entities);
        List<Pair> pairs = weigh(candidates);
        return pairs.stream().filter(p -> p.score() >= minScore)
                .sorted(Comparator.comparingDouble(Pair::score).reversed()
                        .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()))
                .limit(limit).toList();
    }

    /** Pairs of one label in a group of name-word consonants that share a word and come close enough to weigh. */
    private static List<Candidate> candidates(List<Named> entities) {
        Map<String, List<Named>> groups = new HashMap<>();
        for (Named e : entities) {
            Set<String> keys = new HashSet<>();
            for (String name : e.names()) {
                for (String word : NameMatcher.words(name)) {
                    if (word.length() >= 3) {
                        keys.add(e.label() + ":" + NameMatcher.blockWord(word, 0));
                    }
                }
            }
            keys.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (List<Named> group : groups.values()) {
            if (group.size() < 2 || group.size() > MAX_GROUP) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Named a = group.get(i);
                    Named b = group.get(j);
                    String pair = pairKey(a.id(), b.id());
                    if (found.containsKey(pair)) {
                        continue;
                    }
                    Candidate c = compare(a, b);
                    if (c != null && c.names().score() >= NAME_FLOOR
                            && c.names().pairs().stream().anyMatch(p -> p.similarity() >= NameMatcher.WORD_DIFFERS)) {
                        found.put(pair, c);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The closest pair of names of two entities. A person's full names are compared when both have one: "Oreshkin"
     * alone says little about which Oreshkin. A match on one-word names alone counts for less.
     */
    private static Candidate compare(Named a, Named b) {
        boolean person = a.label().equals(EntityType.PERSON.label());
        Candidate best = null;
        for (boolean full : person ? new boolean[] {true, false} : new boolean[] {false}) {
            for (String x : a.names()) {
                for (String y : b.names()) {
                    if (full && (NameMatcher.words(x).size() < 2 || NameMatcher.words(y).size() < 2)) {
                        continue;
                    }
                    NameMatcher.Comparison c = NameMatcher.compare(x, y);
                    // A name inside a longer one finds an entity, but two entities are one only if their names are:
                    // "Russia" is not "Russian army".
                    double penalty = Math.pow(person ? 0.85 : 0.7, c.unmatchedWords()) * (!full && person ? 0.8 : 1);
                    c = new NameMatcher.Comparison(c.score() * penalty, c.pairs(), c.unmatchedWords());
                    if (best == null || c.score() > best.names().score()) {
                        best = new Candidate(a, b, c, x, y);
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return best;
    }

    private List<Pair> weigh(List<Candidate> candidates) {
        List<Pair> pairs = new ArrayList<>();
        int batch = 1_000;
        for (int from = 0; from < candidates.size(); from += batch) {
            List<Candidate> slice = candidates.subList(from, Math.min(candidates.size(), from + batch));
            Map<String, Candidate> byPair = new HashMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Candidate c : slice) {
                String key = pairKey(c.a().id(), c.b().id());
                byPair.put(key, c);
                rows.add(Map.of("a", c.a().id(), "b", c.b().id(), "pair", key));
            }
            graph.read(CONTEXT, Map.of("pairs", rows), r -> {
                Candidate c = byPair.get(pairKey(r.get("a").asString(), r.get("b").asString()));
                Pair p = pair(c, r);
                if (p != null) {
                    pairs.add(p);
                }
                return null;
            });
        }
        return pairs;
    }

    private static Pair pair(Candidate c, org.neo4j.driver.Record r) {
        if (r.get("rejected").asBoolean() || !r.get("ties").asList().isEmpty()) {
            return null;
        }
        List<String> aBirth = EntityMatcher.texts(r.get("aBirth"));
        List<String> bBirth = EntityMatcher.texts(r.get("bBirth"));
        if (!aBirth.isEmpty() && !bBirth.isEmpty()
                && aBirth.stream().noneMatch(x -> bBirth.stream().anyMatch(y -> x.startsWith(y) || y.startsWith(x)))) {
            return null;
        }
        double nameScore = c.names().score();
        double score = nameScore;
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(Locale.ROOT, "names '%s' and '%s' score %.2f (%s)", c.left(), c.right(), nameScore,
                c.names().pairs().stream().map(p -> String.format(Locale.ROOT, "%s %s %s %.2f", p.left(),
                        p.similarity() >= NameMatcher.WORD_DIFFERS ? "~" : "differs from", p.right(), p.similarity()))
                        .collect(Collectors.joining("; "))));
        if (r.get("possiblySame").asBoolean()) {
            score += 0.2;
            evidence.add("recorded as possibly the same (POSSIBLY_SAME_AS)");
        }
        if (c.a().label().equals(EntityType.PERSON.label())) {
            score += personContext(r, evidence);
        }
        String aCountry = r.get("aCountry").asString(null);
        String bCountry = r.get("bCountry").asString(null);
        if (aCountry != null && bCountry != null && !aCountry.equals(bCountry)) {
            score -= 0.2;
            evidence.add("countries differ: " + aCountry + " / " + bCountry);
        }
        score = Math.min(0.99, Math.max(0, score));
        Side a = new Side(c.a().id(), c.a().label().toLowerCase(Locale.ROOT), r.get("aName").asString(null),
                r.get("aDescription").asString(null), aCountry, r.get("aFacts").asLong());
        Side b = new Side(c.b().id(), c.b().label().toLowerCase(Locale.ROOT), r.get("bName").asString(null),
                r.get("bDescription").asString(null), bCountry, r.get("bFacts").asLong());
        boolean swap = b.facts() > a.facts() || b.facts() == a.facts() && b.id().compareTo(a.id()) < 0;
        return new Pair(swap ? b : a, swap ? a : b, Math.round(score * 1000) / 1000.0,
                Math.round(nameScore * 1000) / 1000.0, evidence);
    }

    /**
     * What two people's places in the graph add: shared ties, events and sources, and one country. Organizations
     * of one country share all of these without being one, so only people are weighed this way.
     */
    private static double personContext(org.neo4j.driver.Record r, List<String> evidence) {
        double score = 0;
        List<String> neighbours = r.get("neighbours").asList(Value::asString);
        if (!neighbours.isEmpty()) {
            score += 0.03 * Math.min(3, neighbours.size());
            evidence.add("both tied to " + String.join(", ", neighbours));
        }
        List<String> events = r.get("events").asList(Value::asString);
        if (!events.isEmpty()) {
            score += 0.03;
            evidence.add("both take part in " + String.join(", ", events));
        }
        List<String> sources = r.get("sources").asList(Value::asString);
        if (!sources.isEmpty()) {
            score += 0.02;
            evidence.add("both mentioned in " + String.join(", ", sources));
        }
        String country = r.get("aCountry").asString(null);
        if (country != null && country.equals(r.get("bCountry").asString(null))) {
            score += 0.02;
            evidence.add("same country " + country);
        }
        return score;
    }

    /** The key of an unordered pair: the ids sorted, joined by '|'. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
