package org.influencegraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.influencegraph.Resources;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;
import org.influencegraph.resolve.NameIndex;

/**
 * Writes the model's records in batches with the statements of {@code cypher/writes}, one transaction a
 * batch: one read finds the rows already in the graph, the new ones are created outright and the others
 * merged on constrained keys. Every batch tells how many rows it created, changed or left unchanged, so that
 * a second import of the same data can prove it changed nothing. One writer serves one import.
 * Labels and relationship types come from the model's enums, passed as parameters to {@code $(...)}
 * (Neo4j 5.26 and later), so one statement serves every type.
 */
public final class GraphWriter {

    private static final String FOLDER = "cypher/writes/";

    /**
     * How one table is written: a look for the rows already in the graph, a lean {@code CREATE} for the rows
     * known new, and a {@code MERGE} that tells what it changed for the others (none: they are left as they are).
     */
    private enum Statements {
        SOURCES("sources", true, true, null),
        /** A source the graph already has is never overwritten by one a data set only names. */
        SOURCES_IF_ABSENT("sources", true, false, null),
        ENTITIES("entities", true, true, "mentions"),
        EVENTS("events", true, true, "reports"),
        PARTICIPANTS("participants", false, true, "entity", "event"),
        TIES("ties", false, true, "from", "to");

        final String present;
        final String create;
        final String merge;
        /** Rows of node tables may repeat an id within a batch: only the first is new. */
        final boolean nodes;
        /** For relationship tables, the row fields that hold the ids of the two ends. */
        final String from;

        final String to;
        /** For node tables, the row field that lists the node's relationships to sources (mentions, reports). */
        final String parts;
        /** The statement that writes only those, for nodes this writer wrote before as they are. */
        final String partsOnly;

        Statements(String name, boolean nodes, boolean merges, String parts) {
            this(name, nodes, merges, null, null, parts);
        }

        Statements(String name, boolean nodes, boolean merges, String from, String to) {
            this(name, nodes, merges, from, to, null);
        }

        Statements(String name, boolean nodes, boolean merges, String from, String to, String parts) {
            this.from = from;
            this.to = to;
            this.parts = parts;
            this.partsOnly = parts == null ? null : Resources.read(FOLDER + name + "-" + parts + ".cypher");
            this.present = Resources.read(FOLDER + name + "-present.cypher");
            this.create = Resources.read(FOLDER + name + "-create.cypher");
            this.merge = merges ? Resources.read(FOLDER + name + ".cypher") : null;
            this.nodes = nodes;
        }
    }

    // Every write statement starts with `CYPHER replan=skip`: it finds its nodes by a unique constraint's seek
    // whatever the graph's size, while a growing graph would have it planned again each time its statistics
    // quadruple (docs/BENCHMARKS.md, "Import speed, round four").
    private static final String IDENTIFIERS = Resources.read(FOLDER + "identifiers.cypher");

    /** Mentions known new, of entities this import created (see {@link #mentionsWritten}). */
    private static final String NEW_MENTIONS = Resources.read(FOLDER + "entities-mentions-create.cypher");

    /** Bits of the Bloom-like filter of relationships written with a new end (8 MB). */
    private static final int WRITTEN_BITS = 1 << 26;

    private final Graph graph;
    /**
     * Entities and events this writer created. A relationship with such an end can only be in the graph if
     * this import wrote it, so it is created without a look unless {@link #written} says it may have been.
     */
    private final Set<String> createdNodes = new HashSet<>();
    /** Hashes of the relationships written with a new end; a false hit only costs a look. */
    private final BitSet written = new BitSet(WRITTEN_BITS);
    /**
     * Hashes of the mentions (entity and source) this writer wrote. A mention of an entity in {@link #createdNodes}
     * that is not in it is new: created without the look a {@code MERGE} makes. A false hit only costs that look.
     */
    private final BitSet mentionsWritten = new BitSet(WRITTEN_BITS);
    /**
     * With {@link #sole}, what this writer last wrote of a node (its row without mentions or reports) and of each
     * mention or report, by digest. Writing a row again is a no-op (every write statement is idempotent), so a row
     * equal to the last one written for its node is counted unchanged without being sent, and a row is sent with only
     * the mentions that differ. A forgotten entry only costs a write; a false hit would take a 128-bit digest
     * collision.
     */
    private final Map<String, Digest> lastNodes = lru(LAST_NODES);

    private final Map<String, Digest> lastParts = lru(LAST_PARTS);

    private static final int LAST_NODES = 200_000;
    private static final int LAST_PARTS = 400_000;

    /** Whether nothing but this writer changes the graph while the import runs (see {@link #lastNodes}). */
    private final boolean sole;

    public GraphWriter(Graph graph) {
        this(graph, false);
    }

    /**
     * {@code sole}: nothing but this writer changes the graph while the import runs (a table import, not an article
     * import that retracts and links beside it), so that a row repeating what it wrote last is known to change
     * nothing.
     */
    public GraphWriter(Graph graph, boolean sole) {
        this.graph = graph;
        this.sole = sole;
    }

    public Batch prepareSources(List<SourceRecord> sources) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourceRecord s : sources) {
            Map<String, Object> props = new HashMap<>();
            props.put("title", s.title());
            props.put("publisher", s.publisher());
            props.put("author", s.author());
            props.put("date", text(s.date()));
            props.put("url", s.url());
            props.put("kind", s.kind());
            rows.add(Map.of("id", s.id(), "props", props));
        }
        return new Batch(Statements.SOURCES, rows);
    }

    /**
     * Sources that records of a data set name but do not describe (a data set's name): created with what is
     * known, never overwriting a source the graph already describes.
     */
    public Batch prepareSourcesIfAbsent(List<SourceRecord> sources) {
        return new Batch(Statements.SOURCES_IF_ABSENT, prepareSources(sources).rows);
    }

    /** Identifiers (a passport number) added to entities already written, each as "kind: number". */
    public Batch prepareIdentifiers(Map<String, List<String>> identifiersByEntity) {
        List<Map<String, Object>> rows = new ArrayList<>();
        identifiersByEntity.forEach((id, identifiers) -> rows.add(Map.of("id", id, "identifiers", identifiers)));
        return new Batch(IDENTIFIERS, rows);
    }

    /**
     * Entities of one batch; the type is the node's label. Rows of one entity are folded
     * into one (attributes of the last row, aliases united, one mention a source), as one statement must
     * not touch a node twice to tell what it changed.
     */
    public Batch prepareEntities(List<EntityRecord> entities) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        // A name's keys, sounds and blocks (ICU and regex rules) are the costly part: worked out on every core.
        List<List<String>> recordKeys = entities.parallelStream()
                .map(e -> NameKeys.keys(e.name(), e.aliases()))
                .toList();
        for (int i = 0; i < entities.size(); i++) {
            EntityRecord e = entities.get(i);
            Map<String, Object> row = byId.computeIfAbsent(e.id(), id -> newEntityRow(id));
            types.put(e.id(), e.type());
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            if (!e.extras().addOnly()) {
                props.clear();
                row.put("addOnly", false);
            }
            props.putAll(entityProperties(e));
            row.putIfAbsent("name", e.name());
            @SuppressWarnings("unchecked")
            Set<String> aliases = (Set<String>) row.get("aliases");
            aliases.addAll(e.aliases());
            @SuppressWarnings("unchecked")
            Set<String> keys = (Set<String>) row.get("keys");
            keys.addAll(recordKeys.get(i));
            @SuppressWarnings("unchecked")
            Set<String> external = (Set<String>) row.get("externalIds");
            external.addAll(e.extras().externalIds());
            if (e.mention() != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> mentions = (Map<String, Object>) row.get("mentions");
                Map<String, Object> mentionProps = provenance(e.mention(), false);
                @SuppressWarnings("unchecked")
                Map<String, Object> before =
                        (Map<String, Object>) mentions.get(e.mention().source());
                if (before != null) {
                    // The names an article gave the entity that are not its own ("Minsk" for Belarus) add up, and
                    // so do the sentences that named it (by its names, by those others).
                    for (String key : List.of("as", "quotes", "asQuotes")) {
                        Set<Object> all = new LinkedHashSet<>();
                        for (Object list :
                                new Object[] {((Map<?, ?>) before.get("props")).get(key), mentionProps.get(key)}) {
                            if (list instanceof List<?> values) {
                                all.addAll(values);
                            }
                        }
                        if (!all.isEmpty()) {
                            mentionProps.put(key, List.copyOf(all));
                        }
                    }
                }
                mentions.put(e.mention().source(), Map.of("source", e.mention().source(), "props", mentionProps));
            }
        }
        List<Map<String, Object>> rows = byId.entrySet().parallelStream()
                .map(entry -> entityRow(entry.getKey(), entry.getValue(), types.get(entry.getKey())))
                .collect(java.util.stream.Collectors.toList());
        return new Batch(Statements.ENTITIES, rows);
    }

    /** One entity's row as the statements take it, from its rows folded into one. */
    private static Map<String, Object> entityRow(String id, Map<String, Object> row, EntityType type) {
        Map<String, Object> out = new HashMap<>();
        out.put("id", id);
        out.put("label", type.label());
        out.put("props", row.get("props"));
        out.put("name", row.get("name"));
        out.put("addOnly", row.get("addOnly"));
        out.put("aliases", List.copyOf((Set<?>) row.get("aliases")));
        out.put("keys", List.copyOf((Set<?>) row.get("keys")));
        @SuppressWarnings("unchecked")
        List<String> names = new ArrayList<>((Set<String>) row.get("aliases"));
        names.add((String) row.get("name"));
        out.put("sounds", NameMatcher.sounds(null, names));
        out.put("blocks", NameMatcher.blocks(null, names));
        out.put("nameRules", NameIndex.VERSION);
        out.put("externalIds", List.copyOf((Set<?>) row.get("externalIds")));
        out.put("mentions", List.copyOf(((Map<?, ?>) row.get("mentions")).values()));
        return out;
    }

    /**
     * The node properties a record states: its columns and data-set attributes. A record that only adds to an
     * entity (another data set's record of it) sets only the properties the entity lacks; it names the entity
     * only when it has no name yet, and its name becomes an alias when the entity is named otherwise.
     */
    private static Map<String, Object> entityProperties(EntityRecord e) {
        Map<String, Object> props = new HashMap<>(e.extras().attributes());
        props.put("name", e.name());
        props.put("kind", e.kind());
        props.put("country", e.country());
        props.put("description", e.description());
        props.put("note", e.note());
        if (e.extras().addOnly()) {
            props.remove("name");
            props.values().removeIf(java.util.Objects::isNull);
        }
        return props;
    }

    private static Map<String, Object> newEntityRow(String id) {
        Map<String, Object> row = new HashMap<>();
        row.put("props", new HashMap<String, Object>());
        row.put("addOnly", true);
        row.put("aliases", new LinkedHashSet<String>());
        row.put("keys", new LinkedHashSet<String>());
        row.put("externalIds", new LinkedHashSet<String>());
        row.put("mentions", new LinkedHashMap<String, Object>());
        return row;
    }

    /** Events of one batch; rows of one event (one a source) are folded into one with all their reports. */
    public Batch prepareEvents(List<EventRecord> events) {
        Map<String, Map<String, Object>> props = new LinkedHashMap<>();
        Map<String, Map<String, Object>> reports = new HashMap<>();
        for (EventRecord e : events) {
            Map<String, Object> p = new HashMap<>();
            p.put("type", e.type().code());
            p.put("cameo", e.cameoCode());
            p.put("title", e.title());
            p.put("description", e.description());
            p.put("date", text(e.date()));
            p.put("endDate", text(e.endDate()));
            p.put("dateStart", e.date() == null ? null : e.date().first());
            p.put("dateEnd", lastDay(e));
            props.put(e.id(), p);
            reports.computeIfAbsent(e.id(), id -> new LinkedHashMap<>())
                    .put(
                            e.report().source(),
                            Map.of("source", e.report().source(), "props", provenance(e.report(), false)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        props.forEach((id, p) -> rows.add(Map.of(
                "id", id, "props", p, "reports", List.copyOf(reports.get(id).values()))));
        return new Batch(Statements.EVENTS, rows);
    }

    private static LocalDate lastDay(EventRecord e) {
        if (e.endDate() != null) {
            return e.endDate().last();
        }
        return e.date() == null ? null : e.date().last();
    }

    public Batch prepareParticipations(List<ParticipationRecord> participations) {
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ParticipationRecord p : participations) {
            Map<String, Object> props = provenance(p.provenance(), true);
            props.put("detail", p.detail());
            rows.put(
                    List.of(p.event(), p.entity(), p.role(), p.provenance().source()),
                    Map.of(
                            "event",
                            p.event(),
                            "entity",
                            p.entity(),
                            "type",
                            p.role().relationshipType(),
                            "source",
                            p.provenance().source(),
                            "props",
                            props));
        }
        return new Batch(Statements.PARTICIPANTS, List.copyOf(rows.values()));
    }

    /** Ties of one batch, sorted by their ends so that the writes walk the store in order. */
    public Batch prepareTies(List<TieRecord> ties) {
        Map<List<Object>, Map<String, Object>> rows = new TreeMap<>(TIE_ORDER);
        for (TieRecord t : ties) {
            Map<String, Object> props = provenance(t.provenance(), true);
            props.put("role", t.role());
            props.put("start", text(t.start()));
            props.put("end", text(t.end()));
            rows.put(
                    List.of(t.from(), t.to(), t.type(), t.key()),
                    Map.of(
                            "from",
                            t.from(),
                            "to",
                            t.to(),
                            "type",
                            t.type().relationshipType(),
                            "key",
                            t.key(),
                            "props",
                            props));
        }
        return new Batch(Statements.TIES, List.copyOf(rows.values()));
    }

    private static final Comparator<List<Object>> TIE_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).toString().compareTo(b.get(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static Map<String, Object> provenance(Provenance p, boolean withSource) {
        Map<String, Object> props = new HashMap<>();
        if (withSource) {
            props.put("source", p.source());
        }
        props.put("quote", p.quote());
        props.put("producer", p.producer());
        props.put("confidence", p.confidence());
        props.putAll(p.details());
        return props;
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.text();
    }

    /**
     * One batch, ready to send: the rows are built when it is prepared, so that an importer can prepare
     * the next batch on one thread while another sends this one.
     */
    public final class Batch {
        private final Statements statements;
        private final String cypher;
        private final List<Map<String, Object>> rows;

        private Batch(Statements statements, List<Map<String, Object>> rows) {
            this.statements = statements;
            this.cypher = null;
            this.rows = rows;
        }

        private Batch(String cypher, List<Map<String, Object>> rows) {
            this.statements = null;
            this.cypher = cypher;
            this.rows = rows;
        }

        /** The rows as the statement receives them (the bulk importer applies them to its own state). */
        public List<Map<String, Object>> rows() {
            return rows;
        }

        /**
         * Writes the batch in one transaction: one read finds the rows already in the graph, the others are
         * created outright, and only the found ones go through the {@code MERGE} that compares before and after.
         */
        public WriteCounts write() {
            if (rows.isEmpty()) {
                return WriteCounts.NONE;
            }
            if (statements == null) {
                return graph.inWriteTransaction(
                        tx -> tally(tx.run(cypher, batch(rows)).single()));
            }
            if (!sole || !statements.nodes || statements.merge == null) {
                return write(rows, List.of(), List.of());
            }
            // Rows that repeat what this writer last wrote for their node change nothing: counted, not sent.
            Map<String, Digest> nodes = new HashMap<>();
            Map<String, Digest> parts = new HashMap<>();
            List<Map<String, Object>> send = new ArrayList<>(rows.size());
            List<Map<String, Object>> partsOnly = new ArrayList<>();
            List<Map<String, Object>> partsNew = new ArrayList<>();
            long same = 0;
            for (Map<String, Object> row : rows) {
                String id = (String) row.get("id");
                Map<String, Object> node = new HashMap<>(row);
                Object listed = statements.parts == null ? null : node.remove(statements.parts);
                Digest nodeDigest = Digest.of(node);
                boolean nodeSame = nodeDigest.equals(nodes.containsKey(id) ? nodes.get(id) : lastNodes.get(id));
                List<Object> changed = new ArrayList<>();
                Map<String, Digest> changedParts = new HashMap<>();
                if (listed instanceof List<?> list) {
                    for (Object part : list) {
                        String key = id + "\u0000" + ((Map<?, ?>) part).get("source");
                        Digest d = Digest.of(part);
                        if (!d.equals(parts.containsKey(key) ? parts.get(key) : lastParts.get(key))) {
                            changed.add(part);
                            changedParts.put(key, d);
                        }
                    }
                }
                if (nodeSame && changed.isEmpty()) {
                    same++;
                    continue;
                }
                parts.putAll(changedParts);
                if (nodeSame) {
                    // The node as it is: only its changed mentions (or reports) are written.
                    boolean allNew = statements == Statements.ENTITIES && createdNodes.contains(id);
                    for (String key : changedParts.keySet()) {
                        allNew &= !mentionsWritten.get(partHash(key));
                    }
                    (allNew ? partsNew : partsOnly).add(Map.of("id", id, statements.parts, changed));
                    continue;
                }
                nodes.put(id, nodeDigest);
                if (listed instanceof List<?> list && changed.size() < list.size()) {
                    Map<String, Object> lean = new HashMap<>(row);
                    lean.put(statements.parts, changed);
                    send.add(lean);
                } else {
                    send.add(row);
                }
            }
            WriteCounts counts = send.isEmpty() && partsOnly.isEmpty() && partsNew.isEmpty()
                    ? WriteCounts.NONE
                    : write(send, partsOnly, partsNew);
            lastNodes.putAll(nodes);
            lastParts.putAll(parts);
            if (statements == Statements.ENTITIES) {
                parts.keySet().forEach(key -> mentionsWritten.set(partHash(key)));
            }
            return counts.plus(new WriteCounts(0, 0, same));
        }

        /**
         * Writes the rows, the mentions (or reports) of {@code partsOnly} and the mentions known new of
         * {@code partsNew}, in one transaction.
         */
        private WriteCounts write(
                List<Map<String, Object>> rows,
                List<Map<String, Object>> partsOnly,
                List<Map<String, Object>> partsNew) {
            // Relationships with an end this import created need no look, unless written before in this import.
            List<Integer> sure = new ArrayList<>();
            List<Integer> toLook = new ArrayList<>();
            List<Integer> hashes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                if (statements.from != null
                        && (createdNodes.contains((String) row.get(statements.from))
                                || createdNodes.contains((String) row.get(statements.to)))) {
                    int hash = Math.floorMod(relationshipKey(row).hashCode() * 0x9E3779B9, WRITTEN_BITS);
                    hashes.add(hash);
                    boolean seen;
                    // Relationship batches may be written on two threads (each relationship always on the same one).
                    synchronized (written) {
                        seen = written.get(hash);
                    }
                    (seen ? toLook : sure).add(i);
                } else {
                    toLook.add(i);
                }
            }
            List<String> created = new ArrayList<>();
            WriteCounts counts = graph.inWriteTransaction(tx -> {
                created.clear();
                List<Map<String, Object>> probe = new ArrayList<>(toLook.size());
                toLook.forEach(i -> probe.add(rows.get(i)));
                Set<Integer> present = new HashSet<>();
                if (!probe.isEmpty()) {
                    tx.run(statements.present, batch(probe))
                            .list(r -> r.get("i").asInt())
                            .forEach(j -> present.add(toLook.get(j)));
                }
                Set<Integer> skipLook = new HashSet<>(sure);
                List<Map<String, Object>> fresh = new ArrayList<>();
                List<Map<String, Object>> known = new ArrayList<>();
                Set<Object> seen = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> row = rows.get(i);
                    boolean first = !statements.nodes || seen.add(row.get("id"));
                    boolean isNew = skipLook.contains(i) || !present.contains(i) && first;
                    (isNew ? fresh : known).add(row);
                    if (isNew && statements.nodes) {
                        created.add((String) row.get("id"));
                    }
                }
                WriteCounts result = WriteCounts.NONE;
                if (!fresh.isEmpty()) {
                    long n = tx.run(statements.create, batch(fresh))
                            .single()
                            .get("created")
                            .asLong();
                    result = new WriteCounts(n, 0, 0);
                }
                if (!known.isEmpty()) {
                    result = result.plus(
                            statements.merge == null
                                    ? new WriteCounts(0, 0, known.size())
                                    : tally(tx.run(statements.merge, batch(known))
                                            .single()));
                }
                if (!partsNew.isEmpty()) {
                    result = result.plus(
                            tally(tx.run(NEW_MENTIONS, batch(partsNew)).single()));
                }
                if (!partsOnly.isEmpty()) {
                    result = result.plus(
                            tally(tx.run(statements.partsOnly, batch(partsOnly)).single()));
                }
                return result;
            });
            if (statements == Statements.ENTITIES || statements == Statements.EVENTS) {
                createdNodes.addAll(created);
            }
            synchronized (written) {
                hashes.forEach(written::set);
            }
            return counts;
        }

        private static int partHash(String key) {
            return Math.floorMod(key.hashCode() * 0x9E3779B9, WRITTEN_BITS);
        }

        private static String relationshipKey(Map<String, Object> row) {
            return row.get("type") + "\u0000" + row.get("from") + row.get("entity") + "\u0000" + row.get("to")
                    + row.get("event") + "\u0000" + row.get("key") + row.get("source");
        }

        private static WriteCounts tally(org.neo4j.driver.Record r) {
            return new WriteCounts(
                    r.get("created").asLong(),
                    r.get("updated").asLong(),
                    r.get("unchanged").asLong());
        }
    }

    /**
     * A batch's rows as the statements take them, inside a map: Neo4j keys its plans by the parameters' types and, for
     * a list, its size rounded to a power of ten, so a bare list would give each statement a plan per size of batch
     * (each planned again as the graph's statistics change); a map has one type whatever it holds.
     */
    static Map<String, Object> batch(List<? extends Map<String, Object>> rows) {
        return Map.of("batch", Map.of("rows", rows));
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    /** A 128-bit digest of a row as written: maps in key order, lists in order, every value with its type. */
    private record Digest(long high, long low) {

        static Digest of(Object value) {
            StringBuilder text = new StringBuilder(256);
            canonical(value, text);
            byte[] hash;
            try {
                hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash);
            return new Digest(bytes.getLong(), bytes.getLong());
        }

        private static void canonical(Object value, StringBuilder out) {
            if (value instanceof Map<?, ?> map) {
                out.append('{');
                new TreeMap<>(map).forEach((k, v) -> {
                    out.append(k).append('=');
                    canonical(v, out);
                    out.append('\u0001');
                });
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                list.forEach(v -> {
                    canonical(v, out);
                    out.append('\u0001');
                });
                out.append(']');
            } else if (value == null) {
                out.append("null");
            } else {
                out.append(value.getClass().getSimpleName()).append(':').append(value);
            }
        }
    }

    /** What a write did to the rows it was given. */
    public record WriteCounts(long created, long updated, long unchanged) {

        public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

        public WriteCounts plus(WriteCounts other) {
            return new WriteCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
        }

        public long total() {
            return created + updated + unchanged;
        }
    }
}
