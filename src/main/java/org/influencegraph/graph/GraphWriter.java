package org.influencegraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;
import org.influencegraph.resolve.NameIndex;
import org.influencegraph.resolve.NameKeys;
import org.influencegraph.resolve.NameMatcher;

/**
 * Writes the model's records with batched {@code UNWIND $rows MERGE} on constrained keys, one transaction a
 * batch. Every statement reports for each row whether it created, changed or left unchanged what it
 * touched, so that a second import of the same data can prove it changed nothing.
 * Labels and relationship types come from the model's enums, passed as parameters to {@code $(...)}
 * (Neo4j 5.26 and later), so one statement serves every type.
 */
public final class GraphWriter {

    private static final String SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {id: row.id})
            WITH s, row, properties(s) AS before
            SET s += row.props
            WITH size(keys(before)) = 1 AS created, before = properties(s) AS same""";

    private static final String SOURCES_IF_ABSENT = """
            UNWIND $rows AS row
            OPTIONAL MATCH (old:Source {id: row.id})
            WITH row, old IS NULL AS created
            MERGE (s:Source {id: row.id})
            ON CREATE SET s += row.props
            WITH created, true AS same""";

    private static final String IDENTIFIERS = """
            UNWIND $rows AS row
            MATCH (e:Entity {id: row.id})
            WITH e, row, coalesce(e.identifiers, []) AS before
            SET e.identifiers = reduce(acc = before, x IN row.identifiers | CASE WHEN x IN acc THEN acc ELSE acc + x END)
            WITH false AS created, before = e.identifiers AS same""";

    private static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
            WITH e, row, properties(e) AS before, labels(e) AS beforeLabels
            REMOVE e:Person:Organization:Place
            // A record that only adds to an entity keeps the entity's type (an article's place "Belarus" is not
            // to turn the state in the graph into a place).
            SET e:$(CASE WHEN row.addOnly AND size(beforeLabels) > 1
                    THEN [l IN beforeLabels WHERE l IN ['Person', 'Organization', 'Place']][0] ELSE row.label END)
            SET e += row.props
            SET e += CASE WHEN row.addOnly THEN before ELSE {} END
            SET e.name = coalesce(e.name, row.name),
                e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
                    CASE WHEN a IN acc OR row.addOnly AND a = coalesce(e.name, row.name) THEN acc ELSE acc + a END),
                e.keys = reduce(acc = coalesce(e.keys, []), k IN row.keys |
                    CASE WHEN k IN acc THEN acc ELSE acc + k END),
                e.sounds = reduce(acc = coalesce(e.sounds, []), k IN row.sounds |
                    CASE WHEN k IN acc THEN acc ELSE acc + k END),
                e.blocks = reduce(acc = coalesce(e.blocks, []), k IN row.blocks |
                    CASE WHEN k IN acc THEN acc ELSE acc + k END),
                e.nameRules = row.nameRules,
                e.externalIds = CASE WHEN row.externalIds = [] THEN e.externalIds
                    ELSE reduce(acc = coalesce(e.externalIds, []), x IN row.externalIds |
                        CASE WHEN x IN acc THEN acc ELSE acc + x END) END
            WITH e, row, before, beforeLabels
            CALL (e, row) {
              UNWIND row.mentions AS mention
              MATCH (s:Source {id: mention.source})
              MERGE (e)-[m:MENTIONED_IN]->(s)
              WITH m, mention, properties(m) AS mentionBefore
              SET m += mention.props
              RETURN collect(mentionBefore = properties(m)) AS mentionsSame
            }
            WITH size(keys(before)) = 1 AS created,
                 before = properties(e) AND beforeLabels = labels(e) AND all(x IN mentionsSame WHERE x) AS same""";

    private static final String EVENTS = """
            UNWIND $rows AS row
            MERGE (ev:Event {id: row.id})
            WITH ev, row, properties(ev) AS before
            SET ev += row.props
            WITH ev, row, before
            CALL (ev, row) {
              UNWIND row.reports AS report
              MATCH (s:Source {id: report.source})
              MERGE (ev)-[r:REPORTED_IN]->(s)
              WITH r, report, properties(r) AS reportBefore
              SET r += report.props
              RETURN collect(reportBefore = properties(r)) AS reportsSame
            }
            WITH size(keys(before)) = 1 AS created, before = properties(ev) AND all(x IN reportsSame WHERE x) AS same""";

    private static final String PARTICIPANTS = """
            UNWIND $rows AS row
            MATCH (e:Entity {id: row.entity})
            MATCH (ev:Event {id: row.event})
            MERGE (e)-[r:$(row.type) {source: row.source}]->(ev)
            WITH r, row, properties(r) AS before
            SET r += row.props
            WITH size(keys(before)) = 1 AS created, before = properties(r) AS same""";

    private static final String TIES = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
            WITH r, row, properties(r) AS before
            SET r += row.props
            WITH size(keys(before)) = 1 AS created, before = properties(r) AS same""";

    private static final String TALLY = """

            RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
                   sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
                   sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged""";

    private final Graph graph;

    public GraphWriter(Graph graph) {
        this.graph = graph;
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
        return new Batch(SOURCES, rows);
    }

    /**
     * Sources that records of a data set name but do not describe (a data set's name): created with what is
     * known, never overwriting a source the graph already describes.
     */
    public Batch prepareSourcesIfAbsent(List<SourceRecord> sources) {
        return new Batch(SOURCES_IF_ABSENT, prepareSources(sources).rows);
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
        for (EntityRecord e : entities) {
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
            keys.addAll(NameKeys.keys(e.name(), e.aliases()));
            @SuppressWarnings("unchecked")
            Set<String> external = (Set<String>) row.get("externalIds");
            external.addAll(e.extras().externalIds());
            if (e.mention() != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> mentions = (Map<String, Object>) row.get("mentions");
                Map<String, Object> mentionProps = provenance(e.mention(), false);
                @SuppressWarnings("unchecked")
                Map<String, Object> before = (Map<String, Object>) mentions.get(e.mention().source());
                if (before != null) {
                    // The names an article gave the entity that are not its own ("Minsk" for Belarus) add up.
                    Set<Object> as = new LinkedHashSet<>();
                    for (Object list : new Object[] {((Map<?, ?>) before.get("props")).get("as"), mentionProps.get("as")}) {
                        if (list instanceof List<?> names) {
                            as.addAll(names);
                        }
                    }
                    if (!as.isEmpty()) {
                        mentionProps.put("as", List.copyOf(as));
                    }
                }
                mentions.put(e.mention().source(), Map.of("source", e.mention().source(), "props", mentionProps));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byId.forEach((id, row) -> {
            Map<String, Object> out = new HashMap<>();
            out.put("id", id);
            out.put("label", types.get(id).label());
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
            rows.add(out);
        });
        return new Batch(ENTITIES, rows);
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
            reports.computeIfAbsent(e.id(), id -> new LinkedHashMap<>()).put(e.report().source(),
                    Map.of("source", e.report().source(), "props", provenance(e.report(), false)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        props.forEach((id, p) -> rows.add(Map.of("id", id, "props", p,
                "reports", List.copyOf(reports.get(id).values()))));
        return new Batch(EVENTS, rows);
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
            rows.put(List.of(p.event(), p.entity(), p.role(), p.provenance().source()), Map.of("event", p.event(),
                    "entity", p.entity(), "type", p.role().relationshipType(), "source", p.provenance().source(),
                    "props", props));
        }
        return new Batch(PARTICIPANTS, List.copyOf(rows.values()));
    }

    /** Ties of one batch, sorted by their ends so that the writes walk the store in order. */
    public Batch prepareTies(List<TieRecord> ties) {
        Map<List<Object>, Map<String, Object>> rows = new TreeMap<>(TIE_ORDER);
        for (TieRecord t : ties) {
            Map<String, Object> props = provenance(t.provenance(), true);
            props.put("role", t.role());
            props.put("start", text(t.start()));
            props.put("end", text(t.end()));
            rows.put(List.of(t.from(), t.to(), t.type(), t.key()), Map.of("from", t.from(), "to", t.to(),
                    "type", t.type().relationshipType(), "key", t.key(), "props", props));
        }
        return new Batch(TIES, List.copyOf(rows.values()));
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
        private final String cypher;
        private final List<Map<String, Object>> rows;

        private Batch(String cypher, List<Map<String, Object>> rows) {
            this.cypher = cypher;
            this.rows = rows;
        }

        /** The rows as the statement receives them (the bulk importer applies them to its own state). */
        public List<Map<String, Object>> rows() {
            return rows;
        }

        /** Writes the batch in one transaction. */
        public WriteCounts write() {
            if (rows.isEmpty()) {
                return WriteCounts.NONE;
            }
            return graph.write(cypher + TALLY, Map.of("rows", rows), r -> new WriteCounts(
                    r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong())).get(0);
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
