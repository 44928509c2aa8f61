package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Field;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;

/**
 * Tells which of the entities an import brings are already in the graph under another id: an entity that took
 * the incoming id in as an external id before, or the one entity of the same type that shares one of its name
 * keys, or failing that whose full name is a close spelling of one of its own ({@link NameMatcher#strong}), and
 * whose birth date and country do not contradict it. Two or more such entities are left alone (the
 * incoming record becomes an entity of its own), as are entities this same import defines: a data set's own
 * ids are its own decision that two records are two entities. An article's mentions that none of this matches go
 * on to {@link MentionLinker}: short names, other types, the reference list, and review when ambiguous.
 */
public final class EntityMatcher {

    private static final String MATCH = Resources.read("cypher/lookups/match-entities.cypher");
    /** A term no index holds: a query that finds nothing. */
    private static final String NOTHING = "\"\u0001\"";

    private final Graph graph;
    private final MentionLinker mentions;
    private final List<EntityRecord> references = new ArrayList<>();
    private final Set<String> held = new java.util.HashSet<>();

    public EntityMatcher(Graph graph) {
        this.graph = graph;
        this.mentions = new MentionLinker(graph);
    }

    /**
     * The states and bodies of the reference list that mentions linked since the last call ({@link ReferenceList}):
     * records to write before the mentions' own, so that the entities they were linked to exist.
     */
    public List<EntityRecord> takeReferences() {
        List<EntityRecord> taken = List.copyOf(references);
        references.clear();
        return taken;
    }

    /**
     * Whether an article's mention is not to be written as such: it names several entities and was held for review
     * (no node is made for it), or it stands for an entity under a name not its own (a capital for its state),
     * written as a mention of that entity among {@link #takeReferences()}.
     */
    public boolean held(String id) {
        return held.contains(id);
    }

    /** Whether what a record names depends on its article (an article's mention), so it is resolved every time. */
    public static boolean contextual(EntityRecord e) {
        return MentionLinker.isMention(e);
    }

    /**
     * The ids of the graph entities the given records are, for those that are already there under another id.
     * {@code ownIds} are the ids the import itself defines, never taken as a match.
     */
    public Map<String, String> match(List<EntityRecord> records, Set<String> ownIds) {
        held.clear();
        Map<String, EntityRecord> byRef = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRecord e : records) {
            if (byRef.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            List<String> keys = matchingKeys(e);
            // A generic name ("Foreign Ministry") is no spelling of another country's body of the same words.
            List<String> blocks = MentionLinker.generic(e) ? List.of() : NameMatcher.blocks(e.name(), e.aliases());
            rows.add(Map.of(
                    "ref",
                    e.id(),
                    "label",
                    e.type().label(),
                    "keys",
                    keys,
                    "idQuery",
                    quoted(List.of(e.id())),
                    "keyQuery",
                    keys.isEmpty() ? NOTHING : quoted(keys),
                    "blockQuery",
                    blocks.isEmpty()
                            ? "blocks:" + NOTHING
                            : blocks.stream()
                                    .map(b -> "blocks:" + quoted(List.of(b)))
                                    .collect(Collectors.joining(" OR "))));
        }
        Map<String, String> found = new HashMap<>();
        if (rows.isEmpty()) {
            return found;
        }
        // Inside a map: one plan whatever the batch's size (see GraphWriter.batch).
        graph.read(MATCH, Map.of("batch", Map.of("rows", rows)), r -> {
            String ref = r.get("ref").asString();
            if (r.get("exists").asBoolean()) {
                return null;
            }
            // An article's mention has a name for an id, not an id of its own: what it names is decided anew.
            if (!r.get("known").isNull() && !MentionLinker.isMention(byRef.get(ref))) {
                found.put(ref, r.get("known").asString());
                return null;
            }
            EntityRecord wanted = byRef.get(ref);
            List<String> fitting = new ArrayList<>();
            for (var candidate : r.get("candidates").asList(v -> v)) {
                String id = candidate.get("id").asString();
                if (!ownIds.contains(id)
                        && agrees(
                                wanted,
                                texts(candidate.get("birthDate")),
                                texts(candidate.get("country")).stream()
                                        .findFirst()
                                        .orElse(null))) {
                    fitting.add(id);
                }
            }
            if (fitting.isEmpty()) {
                fitting = similar(wanted, r.get("similar").asList(v -> v), ownIds);
            }
            if (fitting.size() == 1) {
                found.put(ref, fitting.get(0));
            }
            return null;
        });
        // A mention whose id is a node already may name something else: "Minsk" the organization is Belarus.
        List<EntityRecord> unlinked = byRef.values().stream()
                .filter(MentionLinker::isMention)
                .filter(e -> !found.containsKey(e.id()))
                .toList();
        MentionLinker.Links links = mentions.link(unlinked, found, records);
        found.putAll(links.linked());
        mentions.fuller(records, found);
        references.addAll(links.references());
        held.addAll(links.held().keySet());
        held.addAll(links.absorbed());
        return found;
    }

    /**
     * The entities sharing a blocking key whose names the record's names match beyond reasonable doubt
     * ({@link NameMatcher#strong}: "Svetlana Tikhanovskaya" and "Sviatlana Tsikhanouskaya", not "Dmitry" and
     * "Andrei Oreshkin") and whose birth date and country agree.
     */
    private static List<String> similar(EntityRecord wanted, List<Field> candidates, Set<String> ownIds) {
        List<String> names = new ArrayList<>(wanted.aliases());
        names.add(0, wanted.name());
        List<String> fitting = new ArrayList<>();
        for (var candidate : candidates) {
            String id = candidate.get("id").asString();
            List<String> theirs = candidate.get("names").asList(v -> v.isNull() ? "" : v.asString());
            boolean person = wanted.type() == EntityType.PERSON;
            boolean strong =
                    names.stream().anyMatch(n -> theirs.stream().anyMatch(t -> NameMatcher.strong(n, t, person)));
            if (strong
                    && !ownIds.contains(id)
                    && agrees(
                            wanted,
                            texts(candidate.get("birthDate")),
                            texts(candidate.get("country")).stream().findFirst().orElse(null))) {
                fitting.add(id);
            }
        }
        return fitting;
    }

    /**
     * The keys a match may rest on. A person's one-word key ("putin") is too weak on its own, and so is an
     * organization's key of one short word or of generic words only.
     */
    static List<String> matchingKeys(EntityRecord e) {
        return NameKeys.keys(e.name(), e.aliases()).stream()
                .filter(k -> e.type() == EntityType.PERSON ? k.indexOf(' ') > 0 : k.length() >= 4)
                // "Foreign Ministry" names a different body in every country.
                .filter(k -> !MentionLinker.GENERIC.containsAll(List.of(k.split(" "))))
                .toList();
    }

    private static boolean agrees(EntityRecord wanted, List<String> birthDates, String country) {
        List<String> wantedBirth = wanted.extras().attributes().getOrDefault("birthDate", List.of());
        if (!wantedBirth.isEmpty()
                && !birthDates.isEmpty()
                && wantedBirth.stream()
                        .noneMatch(d -> birthDates.stream().anyMatch(b -> b.startsWith(d) || d.startsWith(b)))) {
            return false;
        }
        return wanted.country() == null || country == null || Objects.equals(wanted.country(), country);
    }

    /** A property as a list of texts, whether it holds one value or a list (null: none). */
    static List<String> texts(Field value) {
        if (value.isNull()) {
            return List.of();
        }
        if (value.asObject() instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value.asObject()));
    }

    private static String quoted(List<String> terms) {
        return terms.stream()
                .map(t -> '"' + t.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(" OR "));
    }
}
