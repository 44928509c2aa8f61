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

    private static final List<String> TYPE_LABELS = List.of("Person", "Organization", "Place");

    final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> sources = new HashMap<>();
    private final Map<String, Node> entities = new HashMap<>();
    private final Map<String, Node> events = new HashMap<>();

    /**
     * The relationships, one slot of each array a relationship: its ends, its type (an index into {@link
     * #types}) and its properties as key, value, key, value (no map, no object of its own).
     */
    int rels;

    int[] relStart = new int[1024];
    int[] relEnd = new int[1024];
    int[] relType = new int[1024];
    Object[][] relProps = new Object[1024][];
    /** The value of the property a relationship is merged on besides its ends and type, if any. */
    private Object[] relKey = new Object[1024];
    /** The next relationship with the same two ends, or -1: the chain {@link #byEnds} starts. */
    private int[] sameEnds = new int[1024];

    private static final Object[] NO_PROPERTIES = {};

    final List<String> types = new ArrayList<>();
    private final Map<String, Integer> typeIds = new HashMap<>();
    /** The last relationship made between two nodes (start and end in one long), chained through sameEnds. */
    private final LongIntMap byEnds = new LongIntMap();
    /** Property names and short values met again and again (producer, role, source ids), one instance each. */
    private final Map<Object, Object> canonical = new HashMap<>();
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
                setAll(rel(e, s, "MENTIONED_IN", null, null), props(mention));
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
                setAll(rel(ev, s, "REPORTED_IN", null, null), props(report));
            }
        }
    }

    private void participant(Map<String, Object> row) {
        Node e = entities.get((String) row.get("entity"));
        Node ev = events.get((String) row.get("event"));
        if (e != null && ev != null) {
            int made = rels;
            setAll(rel(e, ev, (String) row.get("type"), "source", row.get("source")), props(row));
            primaryRels += rels - made;
        }
    }

    private void tie(Map<String, Object> row) {
        Node a = entities.get((String) row.get("from"));
        Node b = entities.get((String) row.get("to"));
        if (a != null && b != null) {
            int made = rels;
            setAll(rel(a, b, (String) row.get("type"), "key", row.get("key")), props(row));
            primaryRels += rels - made;
        }
    }

    /**
     * The relationship that the ties statement finds or makes between two ends, by type and, when {@code key}
     * is given, that property's value; its index.
     */
    private int rel(Node a, Node b, String type, String key, Object value) {
        long ends = ((long) a.id << 32) | (b.id & 0xFFFFFFFFL);
        int t = typeIds.computeIfAbsent(type, x -> {
            types.add(x);
            return types.size() - 1;
        });
        Object keyValue = key == null ? null : String.valueOf(value);
        int first = byEnds.get(ends);
        for (int r = first; r >= 0; r = sameEnds[r]) {
            if (relType[r] == t && Objects.equals(relKey[r], keyValue)) {
                return r;
            }
        }
        if (rels == relStart.length) {
            int size = rels * 2;
            relStart = java.util.Arrays.copyOf(relStart, size);
            relEnd = java.util.Arrays.copyOf(relEnd, size);
            relType = java.util.Arrays.copyOf(relType, size);
            relProps = java.util.Arrays.copyOf(relProps, size);
            relKey = java.util.Arrays.copyOf(relKey, size);
            sameEnds = java.util.Arrays.copyOf(sameEnds, size);
        }
        int r = rels++;
        relStart[r] = a.id;
        relEnd[r] = b.id;
        relType[r] = t;
        relKey[r] = keyValue;
        relProps[r] = key == null ? NO_PROPERTIES : new Object[] {key, value};
        sameEnds[r] = first;
        byEnds.put(ends, r);
        return r;
    }

    /** {@code SET r += map} on a relationship's flat properties: a null value removes the property. */
    private void setAll(int rel, Map<String, Object> values) {
        Object[] props = relProps[rel];
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String k = entry.getKey();
            Object v = entry.getValue();
            int at = -1;
            for (int i = 0; i < props.length; i += 2) {
                if (props[i].equals(k)) {
                    at = i;
                    break;
                }
            }
            if (v == null) {
                if (at >= 0) {
                    Object[] fewer = new Object[props.length - 2];
                    System.arraycopy(props, 0, fewer, 0, at);
                    System.arraycopy(props, at + 2, fewer, at, props.length - at - 2);
                    props = fewer;
                }
            } else if (at >= 0) {
                props[at + 1] = canonical(v);
            } else {
                props = java.util.Arrays.copyOf(props, props.length + 2);
                props[props.length - 2] = canonical(k);
                props[props.length - 1] = canonical(v);
            }
        }
        relProps[rel] = props;
    }

    /** One instance of each short text and number, as most relationships repeat a few (a producer, a role). */
    private Object canonical(Object value) {
        if (value instanceof String text && text.length() > 24 || value instanceof List<?>) {
            return value;
        }
        if (canonical.size() > 100_000) {
            canonical.clear();
        }
        Object known = canonical.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** Drops what only the merging needed; the nodes and relationships stay. */
    void sealed() {
        sources.clear();
        entities.clear();
        events.clear();
        byEnds.clear();
        canonical.clear();
        relKey = null;
        sameEnds = null;
        nodes.forEach(n -> nodeProperties += n.props.size());
        for (int r = 0; r < rels; r++) {
            relProperties += relProps[r].length / 2;
        }
    }

    /** A map of longs to ints (-1 when absent), open addressing: no boxed key or entry per relationship. */
    private static final class LongIntMap {
        private long[] keys = new long[1 << 16];
        private int[] values = new int[1 << 16];
        private boolean[] used = new boolean[1 << 16];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        void clear() {
            keys = new long[1];
            values = new int[1];
            used = new boolean[1];
            size = 0;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
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
