package org.influencegraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.influencegraph.Resources;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.graph.Field;
import org.influencegraph.graph.Graph;

/**
 * A journalist's decisions on entities: merging one into another (stored with a snapshot, so that it can be
 * undone exactly), undoing a merge, and marking two entities as two. All of it lives in the graph, so it
 * survives restarts; a merged entity's id stays on the survivor, so re-importing the data that named it finds
 * the survivor instead of creating the entity again.
 */
public final class Merges {

    /** A merge done: what moved to the survivor, what it already had ("kept"), what joined the two ("dropped"). */
    public record Merge(String id, String into, String absorbed, String at, long moved, long kept, long dropped) {}

    /** A merge in effect. */
    public record Entry(String id, String into, String absorbed, String absorbedName, String at, String note) {}

    /** An undo done: the entity restored and how many of its relationships came back. */
    public record Undo(String merge, String restored, long relationships) {}

    /** Two entities marked as two. */
    public record Distinct(String a, String b, String at) {}

    public static final int MAX_LIMIT = 1_000;
    private static final String CHECK = Resources.read("cypher/resolve/merge-check.cypher");
    private static final String MERGE = Resources.read("cypher/resolve/merge.cypher");
    private static final String UNDO = Resources.read("cypher/resolve/undo-merge.cypher");
    private static final String DISTINCT = Resources.read("cypher/resolve/mark-distinct.cypher");
    private static final String LIST = Resources.read("cypher/resolve/merges.cypher");

    private final Graph graph;

    public Merges(Graph graph) {
        this.graph = graph;
    }

    /** Folds {@code other} into {@code into}: one entity with every name, id and sourced fact of both. */
    public Merge merge(String into, String other, String note) {
        if (into.equals(other)) {
            throw new UserError(Kind.INVALID, "an entity cannot be merged into itself: " + into);
        }
        Check check = check(into, other, null);
        if (!check.intoExists()) {
            throw new UserError(Kind.NOT_FOUND, "no entity with id '" + into + "'");
        }
        if (!check.otherExists()) {
            throw new UserError(Kind.NOT_FOUND, "no entity with id '" + other + "'");
        }
        if (!check.intoLabel().equals(check.otherLabel())) {
            throw new UserError(
                    Kind.INVALID,
                    "'" + other + "' is " + article(check.otherLabel()) + " and '" + into + "' "
                            + article(check.intoLabel()) + ": only entities of one type merge");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("into", into);
        params.put("other", other);
        params.put("merge", "merge-" + UUID.randomUUID().toString().substring(0, 13));
        params.put("note", note);
        return graph.write(
                        MERGE,
                        params,
                        r -> new Merge(
                                r.get("id").asString(),
                                r.get("into").asString(),
                                r.get("absorbed").asString(),
                                r.get("at").asString(),
                                r.get("moved").asLong(),
                                r.get("kept").asLong(),
                                r.get("dropped").asLong()))
                .get(0);
    }

    /** Undoes a merge exactly; refused while a later merge still builds on it. */
    public Undo undo(String mergeId) {
        Check check = check(null, null, mergeId);
        if (!check.mergeExists()) {
            throw new UserError(Kind.NOT_FOUND, "no merge with id '" + mergeId + "' (undone already?)");
        }
        if (!check.laterMerges().isEmpty()) {
            throw new UserError(
                    Kind.CONFLICT,
                    "merge " + check.laterMerges().get(0) + " changed '" + check.mergeInto()
                            + "' after this one: undo it first");
        }
        if (!check.survivorExists()) {
            throw new UserError(Kind.CONFLICT, "'" + check.mergeInto() + "' no longer exists");
        }
        if (check.absorbedIdTaken()) {
            throw new UserError(
                    Kind.CONFLICT,
                    "another entity now has the id '" + check.mergeAbsorbed() + "': merge or rename it first");
        }
        return graph.write(
                        UNDO,
                        Map.of("merge", mergeId),
                        r -> new Undo(
                                mergeId,
                                r.get("restoredId").asString(),
                                r.get("restored").asLong()))
                .get(0);
    }

    /** Marks two entities as two, so that they are never proposed as duplicates again. */
    public Distinct markDistinct(String a, String b, String note) {
        if (a.equals(b)) {
            throw new UserError(Kind.INVALID, "a pair needs two entities: " + a);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("a", a);
        params.put("b", b);
        params.put("pair", DuplicateFinder.pairKey(a, b));
        params.put("note", note);
        List<Distinct> done = graph.write(
                DISTINCT, params, r -> new Distinct(a, b, r.get("at").asString()));
        if (done.isEmpty()) {
            throw new UserError(Kind.NOT_FOUND, "no entity with id '" + a + "' or '" + b + "'");
        }
        return done.get(0);
    }

    /** The merges in effect, the latest first. */
    public List<Entry> list(int limit) {
        return graph.read(
                LIST,
                Map.of("limit", limit),
                r -> new Entry(
                        r.get("id").asString(),
                        r.get("into").asString(),
                        r.get("absorbed").asString(),
                        r.get("absorbedName").asString(null),
                        r.get("at").asString(),
                        r.get("note").asString(null)));
    }

    private record Check(
            boolean intoExists,
            String intoLabel,
            boolean otherExists,
            String otherLabel,
            boolean mergeExists,
            String mergeInto,
            String mergeAbsorbed,
            List<String> laterMerges,
            boolean absorbedIdTaken,
            boolean survivorExists) {}

    private Check check(String into, String other, String merge) {
        Map<String, Object> params = new HashMap<>();
        params.put("into", into);
        params.put("other", other);
        params.put("merge", merge);
        return graph.read(
                        CHECK,
                        params,
                        r -> new Check(
                                r.get("intoExists").asBoolean(),
                                r.get("intoLabel").asString(null),
                                r.get("otherExists").asBoolean(),
                                r.get("otherLabel").asString(null),
                                r.get("mergeExists").asBoolean(),
                                r.get("mergeInto").asString(null),
                                r.get("mergeAbsorbed").asString(null),
                                r.get("laterMerges").asList(Field::asString),
                                r.get("absorbedIdTaken").asBoolean(),
                                r.get("survivorExists").asBoolean()))
                .get(0);
    }

    private static String article(String label) {
        String type = label.toLowerCase(Locale.ROOT);
        return (type.startsWith("o") ? "an " : "a ") + type;
    }
}
