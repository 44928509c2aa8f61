package org.influencegraph.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.influencegraph.UserError;

/**
 * A mapping file (YAML or JSON, docs/IMPORT.md) that says how the columns of a CSV file make entities, ties,
 * events and sources. Every mistake in it is reported with the file and the path of the field
 * ({@code ties[0].from}); columns it names are checked against each CSV header before a row is read.
 */
public record CsvMapping(
        String file,
        SourceSpec source,
        Value sources,
        Value quote,
        Double confidence,
        Map<String, EntitySpec> entities,
        List<TieSpec> ties,
        List<EventSpec> events) {

    /**
     * Where a value comes from: a column (optionally split into several values, translated through
     * {@code values}, prefixed) or a fixed text.
     */
    public record Value(
            String path, String column, String fixed, Pattern split, Map<String, String> values, String prefix) {

        /** The values this spec gives for a row: none when the cell is empty. */
        List<String> of(Map<String, String> row) {
            String text = column != null ? row.get(column) : fixed;
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : split == null ? new String[] {text} : split.split(text)) {
                String value = part.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (values != null) {
                    value = values.getOrDefault(value.toLowerCase(Locale.ROOT), value);
                }
                out.add(prefix == null ? value : prefix + value);
            }
            return out;
        }

        String first(Map<String, String> row) {
            List<String> all = of(row);
            return all.isEmpty() ? null : all.get(0);
        }
    }

    /** A source every row rests on. */
    public record SourceSpec(
            String id, String title, String publisher, String author, String date, String url, String kind) {}

    public record EntitySpec(
            String name,
            Value type,
            Value nameValue,
            Value id,
            Value aliases,
            Value kind,
            Value country,
            Value description) {}

    public record TieSpec(
            String path, String from, String to, Value type, Value role, Value start, Value end, Value quote) {}

    public record ParticipantSpec(String entity, Value role, Value detail) {}

    public record EventSpec(
            String path,
            Value id,
            Value type,
            Value date,
            Value endDate,
            Value title,
            Value description,
            Value quote,
            List<ParticipantSpec> participants) {}

    private static final Pattern DEFAULT_SPLIT = Pattern.compile("[;|\\n]+");

    /** Reads a mapping file; a problem in it is a {@link UserError} naming the file and the field. */
    public static CsvMapping read(Path path) {
        String name = path.toString();
        JsonNode root;
        try {
            String text = Files.readString(path);
            ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new UserError(
                    name + ": not valid " + (name.endsWith(".json") ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(name + ": cannot read the mapping file: " + e.getMessage());
        }
        return new Reader(name).mapping(root);
    }

    /** The columns the mapping reads, by the field that names them. */
    Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        List<Value> all = new ArrayList<>();
        all.add(sources);
        all.add(quote);
        entities.values()
                .forEach(e -> all.addAll(java.util.Arrays.asList(
                        e.type(), e.nameValue(), e.id(), e.aliases(), e.kind(), e.country(), e.description())));
        ties.forEach(t -> all.addAll(java.util.Arrays.asList(t.type(), t.role(), t.start(), t.end(), t.quote())));
        events.forEach(e -> {
            all.addAll(java.util.Arrays.asList(
                    e.id(), e.type(), e.date(), e.endDate(), e.title(), e.description(), e.quote()));
            e.participants().forEach(p -> all.addAll(java.util.Arrays.asList(p.role(), p.detail())));
        });
        for (Value v : all) {
            if (v != null && v.column() != null) {
                columns.putIfAbsent(v.column(), v.path());
            }
        }
        return columns;
    }

    /** Reads the tree, collecting every problem before reporting them together. */
    private static final class Reader {
        private final String file;
        private final List<String> problems = new ArrayList<>();

        Reader(String file) {
            this.file = file;
        }

        CsvMapping mapping(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new UserError(file + ": expected a mapping with 'entities' and 'ties' or 'events'");
            }
            known(root, "", "source", "sources", "quote", "confidence", "entities", "ties", "events");
            SourceSpec source = root.has("source") ? source(root.get("source")) : null;
            Value sources = value(root.get("sources"), "sources", false, DEFAULT_SPLIT);
            Value quote = value(root.get("quote"), "quote", false, null);
            Double confidence = null;
            if (root.has("confidence")) {
                JsonNode c = root.get("confidence");
                if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
                    problems.add("confidence: expected a number from 0 to 1");
                } else {
                    confidence = c.asDouble();
                }
            }
            Map<String, EntitySpec> entities = new LinkedHashMap<>();
            JsonNode e = root.get("entities");
            if (e == null || !e.isObject() || e.isEmpty()) {
                problems.add("entities: required, a map from a name you choose to how the entity is read");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                    var entry = it.next();
                    entities.put(entry.getKey(), entity(entry.getKey(), entry.getValue()));
                }
            }
            List<TieSpec> ties = new ArrayList<>();
            list(root.get("ties"), "ties").forEach((path, node) -> ties.add(tie(path, node, entities.keySet())));
            List<EventSpec> events = new ArrayList<>();
            list(root.get("events"), "events")
                    .forEach((path, node) -> events.add(event(path, node, entities.keySet())));
            if (!problems.isEmpty()) {
                throw new UserError(file + ": " + String.join("; ", problems));
            }
            return new CsvMapping(file, source, sources, quote, confidence, entities, ties, events);
        }

        private Map<String, JsonNode> list(JsonNode node, String path) {
            Map<String, JsonNode> items = new LinkedHashMap<>();
            if (node == null) {
                return items;
            }
            if (!node.isArray()) {
                problems.add(path + ": expected a list");
                return items;
            }
            for (int i = 0; i < node.size(); i++) {
                items.put(path + "[" + i + "]", node.get(i));
            }
            return items;
        }

        private void known(JsonNode node, String path, String... fields) {
            Set<String> allowed = Set.of(fields);
            node.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    problems.add((path.isEmpty() ? "" : path + ".") + f + ": unknown field (expected one of "
                            + String.join(", ", fields) + ")");
                }
            });
        }

        private SourceSpec source(JsonNode node) {
            if (!node.isObject()) {
                problems.add("source: expected a map with id and title");
                return null;
            }
            known(node, "source", "id", "title", "publisher", "author", "date", "url", "kind");
            String id = text(node, "id");
            String title = text(node, "title");
            if (id == null || title == null) {
                problems.add("source: needs an id and a title");
            }
            String url = text(node, "url");
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                problems.add("source.url: expected an http(s) address");
            }
            return new SourceSpec(
                    id,
                    title,
                    text(node, "publisher"),
                    text(node, "author"),
                    text(node, "date"),
                    url,
                    text(node, "kind"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
        }

        private EntitySpec entity(String name, JsonNode node) {
            String path = "entities." + name;
            if (!node.isObject()) {
                problems.add(path + ": expected a map with at least type and name");
                return new EntitySpec(name, null, null, null, null, null, null, null);
            }
            known(node, path, "type", "name", "id", "aliases", "kind", "country", "description");
            Value type = value(node.get("type"), path + ".type", true, null);
            Value nameValue = value(node.get("name"), path + ".name", false, null);
            if (type == null) {
                problems.add(path + ".type: required (person, organization or place, or {column: ...})");
            }
            if (nameValue == null) {
                problems.add(path + ".name: required (the column that holds the name)");
            }
            return new EntitySpec(
                    name,
                    type,
                    nameValue,
                    value(node.get("id"), path + ".id", false, null),
                    value(node.get("aliases"), path + ".aliases", false, DEFAULT_SPLIT),
                    value(node.get("kind"), path + ".kind", false, null),
                    value(node.get("country"), path + ".country", false, null),
                    value(node.get("description"), path + ".description", false, null));
        }

        private String entityRef(JsonNode node, String field, String path, Set<String> entities) {
            String name = node.has(field) && node.get(field).isTextual()
                    ? node.get(field).asText()
                    : null;
            if (name == null) {
                problems.add(path + "." + field + ": required, the name of an entity under 'entities'");
            } else if (!entities.contains(name)) {
                problems.add(path + "." + field + ": no entity named '" + name + "' under 'entities' (there are: "
                        + String.join(", ", entities) + ")");
            }
            return name;
        }

        private TieSpec tie(String path, JsonNode node, Set<String> entities) {
            if (!node.isObject()) {
                problems.add(path + ": expected a map with from, to and type");
                return new TieSpec(path, null, null, null, null, null, null, null);
            }
            known(node, path, "from", "to", "type", "role", "start", "end", "quote");
            Value type = value(node.get("type"), path + ".type", true, null);
            if (type == null) {
                problems.add(path + ".type: required (a tie type such as member-of, or {column: ...} for "
                        + "types or free-text descriptions)");
            }
            return new TieSpec(
                    path,
                    entityRef(node, "from", path, entities),
                    entityRef(node, "to", path, entities),
                    type,
                    value(node.get("role"), path + ".role", false, null),
                    value(node.get("start"), path + ".start", false, null),
                    value(node.get("end"), path + ".end", false, null),
                    value(node.get("quote"), path + ".quote", false, null));
        }

        private EventSpec event(String path, JsonNode node, Set<String> entities) {
            if (!node.isObject()) {
                problems.add(path + ": expected a map with type, title and participants");
                return new EventSpec(path, null, null, null, null, null, null, null, List.of());
            }
            known(node, path, "id", "type", "date", "end_date", "title", "description", "quote", "participants");
            Value type = value(node.get("type"), path + ".type", true, null);
            Value title = value(node.get("title"), path + ".title", false, null);
            if (type == null) {
                problems.add(path + ".type: required (an event type such as meeting, or {column: ...})");
            }
            if (title == null) {
                problems.add(path + ".title: required (the column that holds the event's title)");
            }
            List<ParticipantSpec> participants = new ArrayList<>();
            list(node.get("participants"), path + ".participants").forEach((p, item) -> {
                if (!item.isObject()) {
                    problems.add(p + ": expected a map with entity and role");
                    return;
                }
                known(item, p, "entity", "role", "detail");
                Value role = value(item.get("role"), p + ".role", true, null);
                if (role == null) {
                    problems.add(p + ".role: required (mediator, party, participant, host, initiator, target, "
                            + "subject or location)");
                }
                participants.add(new ParticipantSpec(
                        entityRef(item, "entity", p, entities),
                        role,
                        value(item.get("detail"), p + ".detail", false, null)));
            });
            if (participants.isEmpty()) {
                problems.add(path + ".participants: at least one");
            }
            return new EventSpec(
                    path,
                    value(node.get("id"), path + ".id", false, null),
                    type,
                    value(node.get("date"), path + ".date", false, null),
                    value(node.get("end_date"), path + ".end_date", false, null),
                    title,
                    value(node.get("description"), path + ".description", false, null),
                    value(node.get("quote"), path + ".quote", false, null),
                    participants);
        }

        /**
         * A value spec. A bare text names a column, except for types and roles ({@code fixedByDefault}),
         * where it is the value itself; a map says {@code column} or {@code value}, with {@code split},
         * {@code values} and {@code prefix}.
         */
        private Value value(JsonNode node, String path, boolean fixedByDefault, Pattern defaultSplit) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isValueNode()) {
                String text = node.asText();
                return fixedByDefault
                        ? new Value(path, null, text, null, null, null)
                        : new Value(path, text, null, defaultSplit, null, null);
            }
            if (!node.isObject()) {
                problems.add(path + ": expected a column name or a map with column or value");
                return null;
            }
            known(node, path, "column", "value", "split", "values", "prefix");
            String column = text(node, "column");
            String fixed = text(node, "value");
            if ((column == null) == (fixed == null)) {
                problems.add(path + ": give either column or value");
            }
            Pattern split = defaultSplit;
            if (node.has("split")) {
                String s = text(node, "split");
                split = s == null || s.isEmpty() ? null : Pattern.compile(Pattern.quote(s));
            }
            Map<String, String> values = null;
            if (node.has("values")) {
                JsonNode v = node.get("values");
                if (!v.isObject()) {
                    problems.add(path + ".values: expected a map from cell text to value");
                } else {
                    values = new HashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                        var entry = it.next();
                        values.put(
                                entry.getKey().strip().toLowerCase(Locale.ROOT),
                                entry.getValue().asText());
                    }
                }
            }
            return new Value(path, column, fixed, split, values, text(node, "prefix"));
        }
    }
}
