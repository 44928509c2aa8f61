package org.influencegraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.ftm.FtmLines;
import org.influencegraph.ftm.FtmModel;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventType;
import org.influencegraph.model.Role;
import org.influencegraph.model.StableIds;
import org.influencegraph.model.TieType;

/**
 * FollowTheMoney entities, one JSON object a line, written with {@link FtmModel} so that the FollowTheMoney
 * importer reads them back to the same graph: entities as {@code Person}, {@code Organization},
 * {@code Company}, {@code Address}; sources as {@code Article} or {@code Document}; events as {@code Event}
 * (type in {@code keywords}); ties as their interval schema, or {@code UnknownLink} whose role names the tie
 * type; an entity's part in an event as an {@code UnknownLink} whose role names the role. Sources of a fact
 * are its {@code datasets}: a fact with two sources is two lines with the same id, which FollowTheMoney
 * tools merge. Identifiers become {@code Identification} entities.
 */
final class FtmSink implements GraphWriterSink {

    /** Node properties the model writes itself; every other one is written as a FollowTheMoney property. */
    private static final Set<String> WRITTEN = Set.of(
            "id", "name", "aliases", "kind", "country", "description", "note", "keys", "externalIds", "identifiers");

    private static final Set<String> NOT_ENTITY_EDGES = Set.of("mentioned-in", "reported-in");
    private static final Pattern IDENTIFIER = Pattern.compile("(.+?): (.+?)(?: \\(([A-Z]{2,})\\))?");

    private final FtmLines lines;

    FtmSink(OutputStream out) {
        this.lines = new FtmLines(out);
    }

    @Override
    public void node(QueryResult.Node node) {
        node(node, List.of());
    }

    /** A node with the sources that mention or report it, written as its {@code datasets}. */
    void node(QueryResult.Node node, List<String> datasets) {
        Map<String, Object> p = node.properties();
        if (node.labels().contains("Source")) {
            Map<String, List<String>> props = new LinkedHashMap<>();
            put(props, "title", p.get("title"));
            put(props, "name", p.get("title"));
            put(props, "publisher", p.get("publisher"));
            put(props, "author", p.get("author"));
            put(props, "publishedAt", p.get("date"));
            put(props, "sourceUrl", p.get("url"));
            write(node.id(), "article".equals(p.get("kind")) ? "Article" : "Document", props, List.of());
            return;
        }
        if (node.labels().contains("Event")) {
            Map<String, List<String>> props = new LinkedHashMap<>();
            put(props, "name", p.get("title"));
            put(props, "summary", p.get("description"));
            put(props, "date", p.get("date"));
            put(props, "endDate", p.get("endDate"));
            List<String> keywords = new ArrayList<>();
            Object type = p.get("type");
            if (type != null) {
                keywords.add(type.toString());
                String typeCameo =
                        EventType.parse(type.toString()).map(EventType::cameo).orElse(null);
                Object cameo = p.get("cameo");
                if (cameo != null && !cameo.equals(typeCameo)) {
                    keywords.add("cameo:" + cameo);
                }
            }
            props.put("keywords", keywords);
            write(node.id(), "Event", props, datasets);
            return;
        }
        Optional<EntityType> type = node.labels().stream()
                .map(l -> EntityType.parse(l))
                .flatMap(Optional::stream)
                .findFirst();
        if (type.isEmpty()) {
            return;
        }
        Map<String, List<String>> props = new LinkedHashMap<>();
        put(props, type.get() == EntityType.PLACE ? "full" : "name", node.name());
        put(props, "alias", p.get("aliases"));
        Object country = p.get("country");
        put(props, "country", country == null ? null : country.toString().toLowerCase(Locale.ROOT));
        put(props, "summary", p.get("description"));
        put(props, "notes", p.get("note"));
        p.forEach((key, value) -> {
            if (!WRITTEN.contains(key) && !props.containsKey(key)) {
                put(props, key, value);
            }
        });
        String kind = (String) p.get("kind");
        String schema = FtmModel.schemaOf(type.get(), kind);
        if (kind != null && !kind.equals(FtmModel.impliedKind(schema))) {
            List<String> keywords = new ArrayList<>(props.getOrDefault("keywords", List.of()));
            keywords.add(FtmModel.KIND_KEYWORD + kind);
            props.put("keywords", keywords);
        }
        write(node.id(), schema, props, datasets);
        if (p.get("identifiers") instanceof List<?> identifiers) {
            for (Object identifier : identifiers) {
                Matcher m = IDENTIFIER.matcher(identifier.toString());
                if (!m.matches()) {
                    continue;
                }
                Map<String, List<String>> id = new LinkedHashMap<>();
                put(id, "holder", node.id());
                put(id, "type", m.group(1));
                put(id, "number", m.group(2));
                put(id, "country", m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT));
                write("id-" + StableIds.digest(node.id() + "|" + identifier, 10), "Identification", id, datasets);
            }
        }
    }

    @Override
    public void edge(QueryResult.Edge edge) {
        if (NOT_ENTITY_EDGES.contains(edge.type())) {
            return;
        }
        Map<String, Object> p = edge.properties();
        Object source = p.get("source");
        List<String> datasets = source == null ? List.of() : List.of(source.toString());
        Map<String, List<String>> props = new LinkedHashMap<>();
        Optional<Role> role = Role.parse(edge.type());
        if (role.isPresent()) {
            put(props, "subject", edge.from());
            put(props, "object", edge.to());
            Object detail = p.get("detail");
            put(props, "role", role.get().code() + (detail == null ? "" : ": " + detail));
            put(props, "summary", p.get("quote"));
            write(id(edge, p), FtmModel.UNKNOWN_LINK, props, datasets);
            return;
        }
        Optional<TieType> tie = TieType.parse(edge.type());
        if (tie.isEmpty()) {
            return;
        }
        String schema = FtmModel.schemaOf(tie.get());
        FtmModel.Mapping mapping = FtmModel.mapping(schema).orElseThrow();
        put(props, mapping.from(), edge.from());
        put(props, mapping.to(), edge.to());
        Object tieRole = p.get("role");
        put(
                props,
                mapping.roleProperty(),
                schema.equals(FtmModel.UNKNOWN_LINK)
                        ? FtmModel.unknownLinkRole(tie.get(), tieRole == null ? null : tieRole.toString())
                        : tieRole);
        put(props, "startDate", p.get("start"));
        put(props, "endDate", p.get("end"));
        put(props, "summary", p.get("quote"));
        write(id(edge, p), schema, props, datasets);
    }

    /** The record's own id where it came from FollowTheMoney, else one made of the edge. */
    private static String id(QueryResult.Edge edge, Map<String, Object> p) {
        Object ftmId = p.get("ftmId");
        // A link made from a property of a record (an address, an event's organizer) has that record's id.
        if (ftmId != null && !ftmId.equals(edge.from()) && !ftmId.equals(edge.to())) {
            return ftmId.toString();
        }
        // Made of the relationship type as the graph spells it, so that ids stay those of earlier exports.
        String type = edge.type().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return "ig-"
                + StableIds.digest(
                        edge.from() + "|" + type + "|" + edge.to() + "|" + p.get("key") + "|" + p.get("source"), 10);
    }

    private static void put(Map<String, List<String>> props, String key, Object value) {
        if (value == null) {
            return;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null && !v.toString().isBlank()).forEach(v -> values.add(v.toString()));
        } else if (!value.toString().isBlank()) {
            values.add(value.toString());
        }
        if (!values.isEmpty()) {
            props.put(key, values);
        }
    }

    private void write(String id, String schema, Map<String, List<String>> props, List<String> datasets) {
        lines.write(id, schema, props, datasets);
    }

    @Override
    public void close() {
        lines.flush();
    }
}
