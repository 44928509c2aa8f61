package org.influencegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into the plain values of {@link QueryResult}, at the edge of the graph package. */
final class PlainValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();
    /** Internal properties that no answer shows: name keys are for lookups only. */
    private static final List<String> HIDDEN = List.of("keys");

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
            value.keys().forEach(k -> map.put(k, plain(value.get(k))));
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
        return new EdgeRef(r.type(), r.startNodeElementId(), r.endNodeElementId(), properties(r.keys(), r));
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
    record EdgeRef(String type, String startElementId, String endElementId, Map<String, Object> properties) {
    }

    /** A path whose edges are still {@link EdgeRef}s. */
    record PathRef(List<QueryResult.Node> nodes, List<EdgeRef> edges) {
    }

    /** Replaces every {@link EdgeRef} and {@link PathRef} with its final form, once all nodes are known. */
    Object finish(Object value) {
        if (value instanceof EdgeRef e) {
            return new QueryResult.Edge(e.type(), ids.get(e.startElementId()), ids.get(e.endElementId()), e.properties());
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
