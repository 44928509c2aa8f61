package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Row;
import org.influencegraph.model.EntityType;
import org.influencegraph.names.Feature;
import org.influencegraph.names.NameMatcher;

/**
 * Ranked entities for what a user types: any spelling, script or word order of a name or alias, a name still
 * being typed ("Tikhan"), or an id. The full-text index finds entities with a word that sounds alike (fuzzy and
 * prefix terms on the words' sounds); {@link NameMatcher} ranks them by their closest name.
 */
public final class EntitySearch {

    /** One entity found, with the name that matched and how well. */
    public record Match(
            String id,
            String type,
            String name,
            List<String> aliases,
            String description,
            String country,
            String matchedName,
            double score) {}

    public static final int MAX_LIMIT = 50;
    /** Answers below this score are noise. */
    static final double FLOOR = Feature.SEARCH_FLOOR.weight();

    private static final int CANDIDATES = 200;
    /** Words of a query looked up; names have fewer, and a pasted paragraph should not become a huge query. */
    private static final int MAX_WORDS = 12;
    /** The longest sound looked up fuzzily. */
    private static final int MAX_TERM = 30;

    private static final String SEARCH = Resources.read("cypher/resolve/search.cypher");
    private static final String BY_ID = Resources.read("cypher/resolve/entity-by-id.cypher");

    private final Graph graph;

    public EntitySearch(Graph graph) {
        this.graph = graph;
    }

    /** Up to {@code limit} entities (of {@code type}, or any when null), the best first. */
    public List<Match> search(String text, EntityType type, int limit) {
        String query = text.strip();
        List<String> words = NameMatcher.words(query);
        Map<String, Match> best = new LinkedHashMap<>();
        // Someone pasted an id: that entity first.
        graph.read(
                BY_ID,
                withLabel(Map.of("id", query), type),
                r -> best.put(r.get("id").asString(), match(r, r.get("id").asString(), 1.0)));
        String lucene = luceneQuery(words);
        if (!lucene.isEmpty()) {
            graph.read(SEARCH, withLabel(Map.of("query", lucene, "limit", CANDIDATES), type), r -> {
                double score = 0;
                String matched = null;
                for (String candidate :
                        names(r.get("name").asString(null), r.get("aliases").asList(v -> v.asString()))) {
                    double s = score(query, words, candidate);
                    if (s > score) {
                        score = s;
                        matched = candidate;
                    }
                }
                if (score >= FLOOR) {
                    best.putIfAbsent(r.get("id").asString(), match(r, matched, score));
                }
                return null;
            });
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Match::score)
                .reversed()
                .thenComparing(Match::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Match::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static Match match(Row r, String matched, double score) {
        return new Match(
                r.get("id").asString(),
                code(r.get("label").asString(null)),
                r.get("name").asString(null),
                r.get("aliases").asList(v -> v.asString()),
                r.get("description").asString(null),
                r.get("country").asString(null),
                matched,
                Math.round(score * 1000) / 1000.0);
    }

    /** The parameters with {@code label}: the type's label, or null for any type. */
    private static Map<String, Object> withLabel(Map<String, Object> params, EntityType type) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("label", type == null ? null : type.label());
        return all;
    }

    /**
     * Fuzzy and prefix terms on the sounds of each word (the first twelve): one edit for words of four or five
     * letters, two from six, none below; the last word may be unfinished, so it also matches as a prefix.
     */
    static String luceneQuery(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        int count = Math.min(words.size(), MAX_WORDS);
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            for (String sound : NameMatcher.sounds(words.get(i))) {
                if (sound.length() > MAX_TERM) {
                    // Lucene refuses fuzzy automata this long: a word this long is matched by its beginning.
                    terms.add("sounds:" + sound.substring(0, MAX_TERM) + "*");
                    continue;
                }
                int edits = sound.length() >= 6 ? 2 : sound.length() >= 4 ? 1 : 0;
                terms.add("sounds:" + sound + (edits > 0 ? "~" + edits : ""));
                if (last && sound.length() >= 3) {
                    terms.add("sounds:" + sound + "*");
                }
            }
        }
        return String.join(" OR ", terms);
    }

    /**
     * How well a typed query fits a name: the name score, or, when the query's last word begins a word of the
     * name (still being typed), the score of the completed query a little lowered.
     */
    static double score(String query, List<String> words, String name) {
        double score = NameMatcher.score(query, name);
        if (words.isEmpty()) {
            return score;
        }
        String last = words.get(words.size() - 1);
        if (last.length() < 3) {
            return score;
        }
        for (String w : NameMatcher.words(name)) {
            if (w.length() > last.length() && w.startsWith(last)) {
                List<String> completed = new ArrayList<>(words.subList(0, words.size() - 1));
                completed.add(w);
                score = Math.max(
                        score,
                        Feature.SEARCH_COMPLETED_WORD.weight() * NameMatcher.score(String.join(" ", completed), name));
            }
        }
        return score;
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add(name);
        }
        names.addAll(aliases);
        return names;
    }

    private static String code(String label) {
        return label == null ? null : label.toLowerCase(java.util.Locale.ROOT);
    }
}
