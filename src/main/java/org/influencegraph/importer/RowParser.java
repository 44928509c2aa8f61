package org.influencegraph.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.EventType;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.Role;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;
import org.influencegraph.model.TieType;

/** Checks one row's values and turns it into a model record, naming the column of every problem. */
final class RowParser {

    static final int MAX_QUOTE = 300;
    static final int MAX_TEXT = 1000;
    static final int MAX_ID = 200;

    static final Set<String> ORGANIZATION_KINDS = Set.of(
            "state",
            "government",
            "party",
            "armed-group",
            "military-unit",
            "security-service",
            "media",
            "court",
            "prison",
            "international",
            "company",
            "ngo",
            "university",
            "religious",
            "movement",
            "other");
    static final Set<String> PLACE_KINDS = Set.of("country", "region", "city", "building", "other");
    static final Set<String> SOURCE_KINDS = Set.of("article", "document", "dataset", "register");
    static final Set<String> FAMILY_ROLES = Set.of("spouse", "child", "parent", "sibling", "relative");

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s]+");

    /** What a row refers to by id, to be checked once every row has been read. */
    enum RefKind {
        SOURCE,
        ENTITY,
        EVENT
    }

    record Ref(RefKind kind, String id, String column) {}

    /** A row that passed its checks: the record, the id it defines (if any) and what it refers to. */
    record Parsed(Object record, RefKind defines, String id, List<Ref> refs) {}

    private final Row row;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    private RowParser(Row row) {
        this.row = row;
    }

    /** The parsed row, or empty with the problems added to {@code sink}. */
    static Optional<Parsed> parse(Row row, List<Problem> sink) {
        RowParser p = new RowParser(row);
        Parsed parsed =
                switch (row.table()) {
                    case SOURCES -> p.source();
                    case ENTITIES -> p.entity();
                    case EVENTS -> p.event();
                    case PARTICIPANTS -> p.participation();
                    case TIES -> p.tie();
                };
        if (!p.problems.isEmpty()) {
            sink.addAll(p.problems);
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private Parsed source() {
        String id = id("source", null);
        String kind = text("kind", 50);
        if (kind != null && !SOURCE_KINDS.contains(kind)) {
            problem("kind", "unknown source kind '" + kind + "'; expected one of " + sorted(SOURCE_KINDS));
        }
        String url = text("url", 2000);
        if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
            problem("url", "expected a web address starting with http:// or https://, got '" + url + "'");
        }
        var record = new SourceRecord(
                id,
                text("title", MAX_TEXT),
                text("publisher", MAX_TEXT),
                text("author", MAX_TEXT),
                date("date"),
                url,
                kind == null ? "article" : kind);
        return new Parsed(record, RefKind.SOURCE, id, refs);
    }

    private Parsed entity() {
        String id = id("entity", null);
        EntityType type = oneOf("type", EntityType::parse, EntityType.values(), EntityType::code);
        String name = text("name", MAX_TEXT);
        String kind = text("kind", 50);
        if (kind != null && type != null) {
            Set<String> kinds =
                    switch (type) {
                        case ORGANIZATION -> ORGANIZATION_KINDS;
                        case PLACE -> PLACE_KINDS;
                        case PERSON -> Set.of();
                    };
            if (!kinds.contains(kind)) {
                problem(
                        "kind",
                        kinds.isEmpty()
                                ? "people have no kind"
                                : "unknown " + type.code() + " kind '" + kind + "'; expected one of " + sorted(kinds));
            }
        }
        String country = text("country", 2);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            problem("country", "expected a two-letter ISO 3166 code such as BY, got '" + country + "'");
        }
        List<String> aliases = list("aliases");
        Provenance mention = row.get("source") == null ? null : provenance();
        if (mention == null && (row.get("quote") != null)) {
            problem("source", "a quote needs the source it comes from");
        }
        var record = new EntityRecord(
                id,
                type,
                name,
                aliases,
                kind,
                country == null ? null : country.toUpperCase(Locale.ROOT),
                text("description", MAX_TEXT),
                text("note", MAX_TEXT),
                mention);
        return new Parsed(record, RefKind.ENTITY, id, refs);
    }

    private Parsed event() {
        String id = id("event", null);
        EventType type = oneOf("type", EventType::parse, EventType.values(), EventType::code);
        PartialDate date = date("date");
        PartialDate end = date("end_date");
        if (date != null && end != null && end.last().isBefore(date.first())) {
            problem("end_date", "ends before it begins (" + date.text() + ")");
        }
        String cameo = text("cameo", MAX_TEXT);
        if (cameo != null && !CAMEO.matcher(cameo).matches()) {
            problem("cameo", "expected a CAMEO event code of 2 to 4 digits such as 026, got '" + cameo + "'");
        }
        var record = new EventRecord(
                id, type, date, end, cameo, text("title", MAX_TEXT), text("description", MAX_TEXT), provenance());
        return new Parsed(record, RefKind.EVENT, id, refs);
    }

    private Parsed participation() {
        String event = id("event", RefKind.EVENT);
        String entity = id("entity", RefKind.ENTITY);
        Role role = oneOf("role", Role::parse, Role.values(), Role::code);
        var record = new ParticipationRecord(event, entity, role, text("detail", MAX_TEXT), provenance());
        return new Parsed(record, null, null, refs);
    }

    private Parsed tie() {
        String from = id("from", RefKind.ENTITY);
        String to = id("to", RefKind.ENTITY);
        TieType type = oneOf("type", TieType::parse, TieType.values(), TieType::code);
        if (from != null && from.equals(to)) {
            problem("to", "a tie needs two different entities");
        }
        String role = text("role", 200);
        if (type == TieType.FAMILY && role != null && !FAMILY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            problem("role", "unknown family role '" + role + "'; expected one of " + sorted(FAMILY_ROLES));
        }
        PartialDate start = date("start");
        PartialDate end = date("end");
        if (start != null && end != null && end.last().isBefore(start.first())) {
            problem("end", "ends before it begins (" + start.text() + ")");
        }
        var record = new TieRecord(from, type, to, role, start, end, provenance());
        return new Parsed(record, null, null, refs);
    }

    private Provenance provenance() {
        String source = id("source", RefKind.SOURCE);
        String quote = text("quote", MAX_QUOTE);
        String producer = text("producer", 200);
        double confidence = 1.0;
        String c = row.get("confidence");
        if (c != null) {
            try {
                confidence = Double.parseDouble(c);
                if (!(confidence >= 0 && confidence <= 1)) {
                    problem("confidence", "expected a number from 0 to 1, got " + c);
                }
            } catch (NumberFormatException e) {
                problem("confidence", "expected a number from 0 to 1, got '" + c + "'");
            }
        }
        return new Provenance(source, quote, producer == null ? Provenance.CURATED : producer, confidence);
    }

    private String id(String column, RefKind refersTo) {
        String value = text(column, MAX_ID);
        if (value == null) {
            return null;
        }
        if (refersTo != null) {
            refs.add(new Ref(refersTo, value, column));
        }
        return value;
    }

    private String text(String column, int max) {
        String value = row.get(column);
        if (value == null) {
            if (row.table().required().contains(column)) {
                problem(column, "required value missing");
            }
            return null;
        }
        if (value.length() > max) {
            problem(
                    column,
                    "too long: " + value.length() + " characters, at most " + max
                            + (column.equals("quote") ? " (a short quote is enough)" : ""));
        }
        if (hasControlCharacter(value)) {
            problem(column, "contains control characters");
        }
        return value;
    }

    private List<String> list(String column) {
        String value = text(column, MAX_TEXT * 10);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private PartialDate date(String column) {
        String value = text(column, 10);
        if (value == null) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isEmpty()) {
            problem(column, "expected a date as 2020, 2020-10 or 2020-10-10, got '" + value + "'");
        }
        return date.orElse(null);
    }

    private <T> T oneOf(String column, Function<String, Optional<T>> parse, T[] values, Function<T, String> code) {
        String value = text(column, 50);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problem(
                    column,
                    "unknown " + column + " '" + value + "'; expected one of "
                            + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
        }
        return parsed.orElse(null);
    }

    private void problem(String column, String message) {
        problems.add(row.problem(column, message));
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** Control characters other than tab, line feed and carriage return. */
    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
