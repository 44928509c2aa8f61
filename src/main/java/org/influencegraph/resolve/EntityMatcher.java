package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;

/**
 * Tells which of the entities an import brings are already in the graph under another id: an entity that took
 * the incoming id in as an external id before, or the one entity of the same type that shares one of its name
 * keys and whose birth date and country do not contradict it. Two or more such entities are left alone (the
 * incoming record becomes an entity of its own), as are entities this same import defines: a data set's own
 * ids are its own decision that two records are two entities.
 */
public final class EntityMatcher {

    private static final String MATCH = Resources.read("cypher/lookups/match-entities.cypher");

    private final Graph graph;

    public EntityMatcher(Graph graph) {
        this.graph = graph;
    }

    /**
     * The ids of the graph entities the given records are, for those that are already there under another id.
     * {@code ownIds} are the ids the import itself defines, never taken as a match.
     */
    public Map<String, String> match(List<EntityRecord> records, Set<String> ownIds) {
        Map<String, EntityRecord> byRef = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRecord e : records) {
            if (byRef.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            List<String> keys = matchingKeys(e);
            rows.add(Map.of("ref", e.id(), "label", e.type().label(), "keys", keys,
                    "idQuery", quoted(List.of(e.id())),
                    "keyQuery", keys.isEmpty() ? "\"\u0001\"" : quoted(keys)));
        }
        Map<String, String> found = new HashMap<>();
        if (rows.isEmpty()) {
            return found;
        }
        graph.read(MATCH, Map.of("rows", rows), r -> {
            String ref = r.get("ref").asString();
            if (r.get("exists").asBoolean()) {
                return null;
            }
            if (!r.get("known").isNull()) {
                found.put(ref, r.get("known").asString());
                return null;
            }
            EntityRecord wanted = byRef.get(ref);
            List<String> fitting = new ArrayList<>();
            for (var candidate : r.get("candidates").asList(v -> v)) {
                String id = candidate.get("id").asString();
                if (!ownIds.contains(id) && agrees(wanted, texts(candidate.get("birthDate")),
                        texts(candidate.get("country")).stream().findFirst().orElse(null))) {
                    fitting.add(id);
                }
            }
            if (fitting.size() == 1) {
                found.put(ref, fitting.get(0));
            }
            return null;
        });
        return found;
    }

    /**
     * The keys a match may rest on. A person's one-word key ("putin") is too weak on its own, and so is an
     * organization's key of one short word.
     */
    static List<String> matchingKeys(EntityRecord e) {
        return NameKeys.keys(e.name(), e.aliases()).stream()
                .filter(k -> e.type() == EntityType.PERSON ? k.indexOf(' ') > 0 : k.length() >= 4)
                .toList();
    }

    private static boolean agrees(EntityRecord wanted, List<String> birthDates, String country) {
        List<String> wantedBirth = wanted.extras().attributes().getOrDefault("birthDate", List.of());
        if (!wantedBirth.isEmpty() && !birthDates.isEmpty()
                && wantedBirth.stream().noneMatch(d -> birthDates.stream().anyMatch(b -> b.startsWith(d) || d.startsWith(b)))) {
            return false;
        }
        return wanted.country() == null || country == null || Objects.equals(wanted.country(), country);
    }

    /** A property as a list of texts, whether it holds one value or a list (null: none). */
    private static List<String> texts(org.neo4j.driver.Value value) {
        if (value.isNull()) {
            return List.of();
        }
        if (value.type().name().equals("LIST")) {
            return value.asList(v -> String.valueOf(v.asObject()));
        }
        return List.of(String.valueOf(value.asObject()));
    }

    private static String quoted(List<String> terms) {
        return terms.stream().map(t -> '"' + t.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(" OR "));
    }
}
