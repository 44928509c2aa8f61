package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Row;
import org.influencegraph.names.Feature;
import org.influencegraph.names.NameKeys;

/**
 * Finds the entity a user means by an id, a name or an alias, ignoring case, diacritics, script, word
 * order and titles (the name keys), or by a spelling close enough to one name alone ({@link EntitySearch}).
 * When nothing matches it offers the closest names; when several entities share the name it lists them, so that
 * the caller can pick an id.
 */
public final class ActorResolver {

    /** An entity as a user can tell it from others. */
    public record Candidate(String id, String name, String description) {}

    /** What a name resolves to: exactly one id, or no id with candidates (none matched, or several did). */
    public record Resolution(String id, boolean ambiguous, List<Candidate> candidates) {
        public boolean found() {
            return id != null;
        }
    }

    private static final int SUGGESTIONS = 5;
    private static final String BY_ID = Resources.read("cypher/lookups/actor-by-id.cypher");
    private static final String BY_KEY = Resources.read("cypher/lookups/actors-by-key.cypher");
    private static final String LIKE = Resources.read("cypher/lookups/actors-like.cypher");

    /** A spelling resolves to the closest entity when it scores this much and clearly more than the next. */
    private static final double SURE = Feature.ACTOR_SURE.weight();

    private static final double MARGIN = Feature.ACTOR_MARGIN.weight();

    private final Graph graph;
    private final EntitySearch search;

    public ActorResolver(Graph graph) {
        this.graph = graph;
        this.search = new EntitySearch(graph);
    }

    public Resolution resolve(String text) {
        String wanted = text.strip();
        var byId = graph.read(BY_ID, Map.of("id", wanted), r -> r.get("id").asString());
        if (!byId.isEmpty()) {
            return new Resolution(byId.get(0), false, List.of());
        }
        String key = NameKeys.key(wanted);
        if (key.isEmpty()) {
            return new Resolution(null, false, List.of());
        }
        List<Candidate> matches = graph.read(BY_KEY, Map.of("query", '"' + key + '"', "key", key), PlainCandidate::of);
        if (matches.size() == 1) {
            return new Resolution(matches.get(0).id(), false, List.of());
        }
        if (matches.size() > 1) {
            return new Resolution(null, true, matches);
        }
        List<EntitySearch.Match> similar = search.search(wanted, null, SUGGESTIONS);
        // A name without its middle names or initial ("Donald Trump" for DONALD J. TRUMP), with them where the graph
        // has none, or a surname alone ("Xi"): the one person it shortens, or who shortens it.
        List<String> shortened = similar.stream()
                .filter(m -> "person".equals(m.type()))
                .filter(m -> MentionLinker.bySurname(List.of(wanted), names(m))
                        || NameKeys.words(wanted).size() > 2 && MentionLinker.bySurname(names(m), List.of(wanted)))
                .map(EntitySearch.Match::id)
                .distinct()
                .toList();
        if (shortened.size() == 1) {
            return new Resolution(shortened.get(0), false, List.of());
        }
        // A spelling no alias lists ("Tsikhanouskaja"): the clearly closest name, else the closest as suggestions.
        if (!similar.isEmpty()
                && similar.get(0).score() >= SURE
                && (similar.size() == 1
                        || similar.get(1).score() <= similar.get(0).score() - MARGIN)) {
            return new Resolution(similar.get(0).id(), false, List.of());
        }
        if (!similar.isEmpty()) {
            return new Resolution(
                    null,
                    false,
                    similar.stream()
                            .map(m -> new Candidate(m.id(), m.name(), m.description()))
                            .toList());
        }
        return new Resolution(null, false, closest(key));
    }

    private static List<String> names(EntitySearch.Match m) {
        List<String> names = new ArrayList<>(m.aliases());
        names.add(0, m.name());
        return names;
    }

    /** The entities whose names are closest to the key, by fuzzy full-text search over names and aliases. */
    private List<Candidate> closest(String key) {
        String query = java.util.Arrays.stream(key.split(" "))
                .filter(t -> t.length() > 1)
                .map(t -> t + "~")
                .collect(Collectors.joining(" "));
        if (query.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = graph.read(LIKE, Map.of("query", query, "limit", SUGGESTIONS), PlainCandidate::of);
        Set<Candidate> unique = new LinkedHashSet<>(found);
        return new ArrayList<>(unique);
    }

    private static final class PlainCandidate {
        static Candidate of(Row r) {
            return new Candidate(
                    r.get("id").asString(),
                    r.get("name").asString(null),
                    r.get("description").asString(null));
        }
    }
}
