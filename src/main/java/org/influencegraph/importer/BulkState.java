package org.influencegraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The graph an import would leave in an empty database, built in memory from the rows {@code GraphWriter}
 * prepares, by the rules of its statements: {@code MERGE} on the constrained key, {@code SET +=} (a null
 * removes the property), lists united in order, relationships merged on their key. The bulk importer then
 * hands the nodes and relationships to Neo4j's batch importer as they are.
 */
final class BulkState {

    /** A node: its position in {@link #nodes} is its id in the new store. */
    static final class Node {
        final int id;
        String[] labels;
        final Map<String, Object> props = new HashMap<>();

        Node(int id, String[] labels) {
            this.id = id;
            this.labels = labels;
        }
    }

    static final class Rel {
        final int start;
        final int end;
        final String type;
        final Map<String, Object> props = new HashMap<>();

        Rel(int start, int end, String type) {
            this.start = start;
            this.end = end;
            this.type = type;
        }
    }

    private static final List<String> TYPE_LABELS = List.of("Person", "Organization", "Place");

    final List<Node> nodes = new ArrayList<>();
    final List<Rel> rels = new ArrayList<>();
    private final Map<String, Node> sources = new HashMap<>();
    private final Map<String, Node> entities = new HashMap<>();
    private final Map<String, Node> events = new HashMap<>();
    private final Map<String, Rel> relsByKey = new HashMap<>();
    /** Participations and ties made so far (mentions and reports are not counted as rows of their own). */
    private int primaryRels;

    long nodeProperties;
    long relProperties;

    /** Applies the rows of one prepared batch of the given table; returns how many made a new node or tie. */
    int apply(Table table, List<Map<String, Object>> rows) {
        int before =
                table == Table.SOURCES || table == Table.ENTITIES || table == Table.EVENTS ? nodes.size() : primaryRels;
        for (Map<String, Object> row : rows) {
            switch (table) {
                case SOURCES -> setAll(merge(sources, (String) row.get("id"), "Source").props, props(row));
                case ENTITIES -> entity(row);
                case EVENTS -> event(row);
                case PARTICIPANTS -> participant(row);
                case TIES -> tie(row);
            }
        }
        return (table == Table.SOURCES || table == Table.ENTITIES || table == Table.EVENTS ? nodes.size() : primaryRels)
                - before;
    }

    private Node merge(Map<String, Node> byId, String id, String label) {
        return byId.computeIfAbsent(id, k -> {
            Node n = new Node(nodes.size(), new String[] {label});
            n.props.put("id", k);
            nodes.add(n);
            return n;
        });
    }

    private void entity(Map<String, Object> row) {
        Node e = merge(entities, (String) row.get("id"), "Entity");
        boolean addOnly = Boolean.TRUE.equals(row.get("addOnly"));
        Map<String, Object> before = new HashMap<>(e.props);
        String kept = null;
        if (addOnly && e.labels.length > 1) {
            for (String l : e.labels) {
                if (TYPE_LABELS.contains(l)) {
                    kept = l;
                    break;
                }
            }
        }
        e.labels = new String[] {"Entity", kept != null ? kept : (String) row.get("label")};
        setAll(e.props, props(row));
        if (addOnly) {
            setAll(e.props, before);
        }
        Object name = e.props.get("name") != null ? e.props.get("name") : row.get("name");
        set(e.props, "name", name);
        List<Object> aliases = list(e.props.get("aliases"));
        for (Object a : list(row.get("aliases"))) {
            Object current = e.props.get("name") != null ? e.props.get("name") : row.get("name");
            if (!aliases.contains(a) && !(addOnly && Objects.equals(a, current))) {
                aliases.add(a);
            }
        }
        e.props.put("aliases", aliases);
        for (String key : List.of("keys", "sounds", "blocks")) {
            e.props.put(key, union(e.props.get(key), row.get(key)));
        }
        set(e.props, "nameRules", row.get("nameRules"));
        if (!list(row.get("externalIds")).isEmpty()) {
            e.props.put("externalIds", union(e.props.get("externalIds"), row.get("externalIds")));
        }
        for (Object m : list(row.get("mentions"))) {
            Map<?, ?> mention = (Map<?, ?>) m;
            Node s = sources.get((String) mention.get("source"));
            if (s != null) {
                setAll(rel(e, s, "MENTIONED_IN", null, null).props, props(mention));
            }
        }
    }

    private void event(Map<String, Object> row) {
        Node ev = merge(events, (String) row.get("id"), "Event");
        setAll(ev.props, props(row));
        for (Object r : list(row.get("reports"))) {
            Map<?, ?> report = (Map<?, ?>) r;
            Node s = sources.get((String) report.get("source"));
            if (s != null) {
                setAll(rel(ev, s, "REPORTED_IN", null, null).props, props(report));
            }
        }
    }

    private void participant(Map<String, Object> row) {
        Node e = entities.get((String) row.get("entity"));
        Node ev = events.get((String) row.get("event"));
        if (e != null && ev != null) {
            int made = rels.size();
            setAll(rel(e, ev, (String) row.get("type"), "source", row.get("source")).props, props(row));
            primaryRels += rels.size() - made;
        }
    }

    private void tie(Map<String, Object> row) {
        Node a = entities.get((String) row.get("from"));
        Node b = entities.get((String) row.get("to"));
        if (a != null && b != null) {
            int made = rels.size();
            setAll(rel(a, b, (String) row.get("type"), "key", row.get("key")).props, props(row));
            primaryRels += rels.size() - made;
        }
    }

    /** The relationship that the ties statement finds or makes between two ends, by type and key. */
    private Rel rel(Node a, Node b, String type, String key, Object value) {
        String k = a.id + "\u0000" + b.id + "\u0000" + type + (key == null ? "" : "\u0000" + value);
        return relsByKey.computeIfAbsent(k, x -> {
            Rel r = new Rel(a.id, b.id, type);
            if (key != null) {
                r.props.put(key, value);
            }
            rels.add(r);
            return r;
        });
    }

    /** Drops what only the merging needed; the nodes and relationships stay. */
    void sealed() {
        sources.clear();
        entities.clear();
        events.clear();
        relsByKey.clear();
        nodes.forEach(n -> nodeProperties += n.props.size());
        rels.forEach(r -> relProperties += r.props.size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<?, ?> row) {
        Object p = row.get("props");
        return p == null ? Map.of() : (Map<String, Object>) p;
    }

    /** {@code SET n += map}: a null value removes the property. */
    private static void setAll(Map<String, Object> target, Map<String, Object> values) {
        values.forEach((k, v) -> set(target, k, v));
    }

    private static void set(Map<String, Object> target, String key, Object value) {
        if (value == null) {
            target.remove(key);
        } else {
            target.put(key, value);
        }
    }

    private static List<Object> list(Object value) {
        return value == null ? new ArrayList<>() : new ArrayList<>((List<?>) value);
    }

    private static List<Object> union(Object before, Object added) {
        LinkedHashSet<Object> all = new LinkedHashSet<>(list(before));
        all.addAll(list(added));
        return new ArrayList<>(all);
    }
}
