package org.influencegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into the plain values of {@link QueryResult}, at the edge of the graph package. */
final class PlainValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();
    /**
     * Internal properties that no answer shows, wherever they turn up (a node, a relationship, or a map such as
     * {@code properties(n)}): the name keys, sounds and blocking keys are for lookups only, and the version of
     * the rules that made them for re-indexing.
     */
    static final Set<String> HIDDEN = Set.of("keys", "sounds", "blocks", "nameRules");

    /** Stable ids of the nodes seen so far, by element id, so that edges can name their ends. */
    private final Map<String, String> ids = new HashMap<>();

    Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            row.put(key, plain(record.get(key)));
        }
        return row;
    }

    Object plain(Value value) {
        if (value.isNull()) {
            return null;
        }
        var type = value.type();
        if (type.equals(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (type.equals(TYPES.RELATIONSHIP())) {
            return edge(value.asRelationship());
        }
        if (type.equals(TYPES.PATH())) {
            var path = value.asPath();
            List<QueryResult.Node> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            List<EdgeRef> edges = new ArrayList<>();
            path.relationships().forEach(r -> edges.add(edge(r)));
            return new PathRef(nodes, edges);
        }
        if (type.equals(TYPES.LIST())) {
            List<Object> list = new ArrayList<>();
            value.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (type.equals(TYPES.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String k : value.keys()) {
                if (!HIDDEN.contains(k)) {
                    map.put(k, plain(value.get(k)));
                }
            }
            return map;
        }
        if (type.equals(TYPES.INTEGER())) {
            return value.asLong();
        }
        if (type.equals(TYPES.FLOAT())) {
            return value.asDouble();
        }
        if (type.equals(TYPES.BOOLEAN())) {
            return value.asBoolean();
        }
        if (type.equals(TYPES.STRING())) {
            return value.asString();
        }
        // Dates, times, durations and points: their ISO text.
        return value.asObject().toString();
    }

    private QueryResult.Node node(org.neo4j.driver.types.Node n) {
        Map<String, Object> props = properties(n.keys(), n);
        String id = props.containsKey("id") ? String.valueOf(props.remove("id")) : n.elementId();
        ids.put(n.elementId(), id);
        Object name = props.containsKey("name") ? props.get("name") : props.get("title");
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        return new QueryResult.Node(id, labels, name == null ? null : name.toString(), props);
    }

    private EdgeRef edge(org.neo4j.driver.types.Relationship r) {
        return new EdgeRef(
                r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(), properties(r.keys(), r));
    }

    private Map<String, Object> properties(Iterable<String> keys, org.neo4j.driver.types.Entity entity) {
        Map<String, Object> props = new TreeMap<>();
        for (String key : keys) {
            if (!HIDDEN.contains(key)) {
                props.put(key, plain(entity.get(key)));
            }
        }
        return props;
    }

    /** An edge whose ends are known by element id until the whole answer has been read. */
    record EdgeRef(
            String id, String type, String startElementId, String endElementId, Map<String, Object> properties) {}

    /** A path whose edges are still {@link EdgeRef}s. */
    record PathRef(List<QueryResult.Node> nodes, List<EdgeRef> edges) {}

    /** The element ids of edge ends whose nodes the answer does not hold, found in {@code value}. */
    Set<String> unknownEnds(Object value) {
        Set<String> unknown = new java.util.HashSet<>();
        collectUnknown(value, unknown);
        return unknown;
    }

    private void collectUnknown(Object value, Set<String> unknown) {
        if (value instanceof EdgeRef e) {
            for (String end : List.of(e.startElementId(), e.endElementId())) {
                if (!ids.containsKey(end)) {
                    unknown.add(end);
                }
            }
        } else if (value instanceof PathRef p) {
            p.edges().forEach(e -> collectUnknown(e, unknown));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectUnknown(v, unknown));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectUnknown(v, unknown));
        }
    }

    /** Learns the stable ids of nodes that are not in the answer, by element id, so that edges name both ends. */
    void learn(Map<String, String> stableIds) {
        ids.putAll(stableIds);
    }

    /** Replaces every {@link EdgeRef} and {@link PathRef} with its final form, once all nodes are known. */
    Object finish(Object value) {
        if (value instanceof EdgeRef e) {
            return new QueryResult.Edge(
                    e.id(), e.type(), ids.get(e.startElementId()), ids.get(e.endElementId()), e.properties());
        }
        if (value instanceof PathRef p) {
            List<QueryResult.Edge> edges = new ArrayList<>();
            p.edges().forEach(e -> edges.add((QueryResult.Edge) finish(e)));
            return new QueryResult.Path(p.nodes(), edges);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(finish(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, finish(v)));
            return out;
        }
        return value;
    }
}
