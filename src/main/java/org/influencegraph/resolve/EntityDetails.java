package org.influencegraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.influencegraph.Resources;
import org.influencegraph.graph.Field;
import org.influencegraph.graph.Graph;

/** One entity as a journalist checks it: its names, ties, events and the sources that mention it. */
public final class EntityDetails {

    /** The most ties, events and sources listed; the counts say how many there are. */
    public static final int LIMIT = 500;

    private static final String ENTITY = Resources.read("cypher/resolve/entity.cypher");

    /** An entity with what the graph says of it. */
    public record Entity(
            String id,
            String type,
            String name,
            List<String> aliases,
            String kind,
            String country,
            String description,
            String note,
            List<String> externalIds,
            long tieCount,
            List<Tie> ties,
            long eventCount,
            List<EventPart> events,
            List<Mention> sources) {}

    /** A tie to another entity; {@code outgoing} when this entity is its start ("A ADVISES B" from A). */
    public record Tie(
            String type,
            boolean outgoing,
            String other,
            String otherName,
            String role,
            String start,
            String end,
            String source,
            String quote,
            Double confidence) {}

    /** A part this entity took in an event. */
    public record EventPart(
            String id,
            String type,
            String title,
            String date,
            String role,
            String source,
            String quote,
            Double confidence) {}

    /** A source that mentions the entity. */
    public record Mention(String id, String title, String publisher, String date, String url, String quote) {}

    private final Graph graph;

    public EntityDetails(Graph graph) {
        this.graph = graph;
    }

    public Optional<Entity> find(String id) {
        return graph
                .read(
                        ENTITY,
                        Map.of("id", id, "limit", LIMIT),
                        r -> new Entity(
                                r.get("id").asString(),
                                r.get("label").asString("").toLowerCase(java.util.Locale.ROOT),
                                r.get("name").asString(null),
                                r.get("aliases").asList(Field::asString),
                                r.get("kind").asString(null),
                                r.get("country").asString(null),
                                r.get("description").asString(null),
                                r.get("note").asString(null),
                                r.get("externalIds").asList(Field::asString),
                                r.get("tieCount").asLong(),
                                r.get("ties")
                                        .asList(v -> new Tie(
                                                v.get("type").asString(),
                                                v.get("outgoing").asBoolean(),
                                                v.get("other").asString(),
                                                v.get("otherName").asString(null),
                                                text(v.get("role")),
                                                text(v.get("start")),
                                                text(v.get("end")),
                                                text(v.get("source")),
                                                text(v.get("quote")),
                                                number(v.get("confidence")))),
                                r.get("eventCount").asLong(),
                                r.get("events")
                                        .asList(v -> new EventPart(
                                                v.get("id").asString(),
                                                text(v.get("type")),
                                                text(v.get("title")),
                                                text(v.get("date")),
                                                v.get("role").asString(),
                                                text(v.get("source")),
                                                text(v.get("quote")),
                                                number(v.get("confidence")))),
                                r.get("sources")
                                        .asList(v -> new Mention(
                                                v.get("id").asString(),
                                                text(v.get("title")),
                                                text(v.get("publisher")),
                                                text(v.get("date")),
                                                text(v.get("url")),
                                                text(v.get("quote"))))))
                .stream()
                .findFirst();
    }

    private static String text(Field v) {
        return v.isNull() ? null : String.valueOf(v.asObject());
    }

    private static Double number(Field v) {
        return v.isNull() ? null : v.asDouble();
    }
}
