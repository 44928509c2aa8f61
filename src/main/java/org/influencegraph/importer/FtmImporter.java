package org.influencegraph.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.influencegraph.ftm.FtmModel;
import org.influencegraph.ftm.FtmModel.Mapping;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.graph.ImportQueries;
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
import org.influencegraph.names.NameKeys;
import org.influencegraph.resolve.TieLabels;

/**
 * Imports FollowTheMoney entities, one JSON object a line (OpenSanctions and Aleph exports), mapped by
 * {@link FtmModel}. Like the native importer it reads the files twice and keeps only ids in memory: the
 * first pass checks every line and every reference; the second writes sources, then nodes and events (through
 * entity resolution), then ties and participations, in batches. Records of schemata the model has no place for
 * are counted in the report, with the references to them.
 */
public final class FtmImporter extends TwoPassImporter<FtmImporter.Check> {

    public static final String PRODUCER = "ftm";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Graph graph;

    public FtmImporter(Graph graph) {
        this.graph = graph;
    }

    /** One FtM entity as read. */
    record FtmRecord(
            String file,
            long line,
            String id,
            String schema,
            String caption,
            Map<String, List<String>> props,
            List<String> datasets,
            String firstSeen,
            String lastSeen) {

        List<String> get(String property) {
            return props.getOrDefault(property, List.of());
        }

        String first(String property) {
            List<String> values = get(property);
            return values.isEmpty() ? null : values.get(0);
        }

        Problem problem(String field, String message) {
            return new Problem(file, line, field, message);
        }
    }

    /**
     * What a reference must point at. An address link may point at nothing: data sets often hold a person's
     * address as text and link an address record they do not ship.
     */
    private enum RefKind {
        NODE,
        EVENT_OR_NODE,
        OPTIONAL_ADDRESS
    }

    private record Ref(FtmRecord record, String property, String id, RefKind kind) {}

    /** The outcome of the first pass: the ids of the file by kind, and what the references found. */
    static final class Check extends TwoPassImporter.Checked {
        final Set<String> nodes = new HashSet<>();
        final Set<String> events = new HashSet<>();
        final Set<String> others = new HashSet<>();
        final Map<String, SourceRecord> sources = new LinkedHashMap<>();
        final Set<String> datasets = new LinkedHashSet<>();
        final List<Ref> pending = new ArrayList<>();
        final Map<String, String> external = new HashMap<>();
        final Set<String> missingAddresses = new HashSet<>();
        final Set<String> leftOutRecords = new HashSet<>();

        void reject(FtmRecord record) {
            reject(record.file(), record.line());
        }

        boolean isInvalid(FtmRecord record) {
            return isInvalid(record.file(), record.line());
        }

        boolean isWritten(FtmRecord record) {
            return !isInvalid(record) && !leftOutRecords.contains(key(record.file(), record.line()));
        }
    }

    @Override
    Check check(List<ImportInput> inputs) {
        Check check = new Check();
        for (ImportInput input : inputs) {
            if (!readAll(input, check.problems::add, record -> check(record, check))) {
                check.rejectedFiles.add(input.name());
            }
        }
        resolveReferences(check);
        return check;
    }

    /** Sources first, then nodes and events (through entity resolution), then the links between them. */
    @Override
    Map<Table, WriteCounts> write(List<ImportInput> inputs, Check check, ImportOptions options, Progress progress) {
        RecordBatches batches = new RecordBatches(graph, options.batchSize(), check.nodes, true);
        batches.matchedBefore(check.external);
        check.sources.values().forEach(batches::source);
        check.datasets.forEach(d -> batches.sourceIfAbsent(new SourceRecord(d, d, null, null, null, null, "dataset")));
        batches.flush();
        for (boolean links : new boolean[] {false, true}) {
            for (ImportInput input : inputs) {
                if (check.rejectedFiles.contains(input.name())) {
                    continue;
                }
                readAll(input, p -> {}, record -> {
                    if (check.isWritten(record)) {
                        write(record, links, check, batches);
                    }
                });
            }
            batches.flush();
        }
        return batches.counts();
    }

    private static boolean readAll(
            ImportInput input,
            java.util.function.Consumer<Problem> problems,
            java.util.function.Consumer<FtmRecord> records) {
        return TextInput.lines(
                input,
                (line, text) -> {
                    FtmRecord record = parse(input.name(), line, text, problems);
                    if (record != null) {
                        records.accept(record);
                    }
                },
                problems);
    }

    /** Reads one line: a JSON object with an id, a schema and properties whose values are lists of texts. */
    static FtmRecord parse(String file, long line, String text, java.util.function.Consumer<Problem> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.accept(new Problem(file, line, null, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new Problem(file, line, null, "expected one JSON object a line (a FollowTheMoney entity)"));
            return null;
        }
        String id = text(node, "id");
        String schema = text(node, "schema");
        if (id == null || schema == null) {
            problems.accept(new Problem(
                    file,
                    line,
                    id == null ? "id" : "schema",
                    "required: a FollowTheMoney entity has an \"id\" and a \"schema\""));
            return null;
        }
        Map<String, List<String>> props = new LinkedHashMap<>();
        JsonNode properties = node.get("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isObject()) {
                problems.accept(new Problem(file, line, "properties", "expected an object of property lists"));
                return null;
            }
            for (var field : properties.properties()) {
                List<String> values = texts(field.getValue());
                if (values == null) {
                    problems.accept(
                            new Problem(file, line, "properties." + field.getKey(), "expected a list of texts"));
                    return null;
                }
                if (!values.isEmpty()) {
                    props.put(field.getKey(), values);
                }
            }
        }
        List<String> datasets = texts(node.get("datasets"));
        if (datasets == null) {
            problems.accept(new Problem(file, line, "datasets", "expected a list of data set names"));
            return null;
        }
        return new FtmRecord(
                file,
                line,
                id,
                schema,
                text(node, "caption"),
                props,
                datasets,
                text(node, "first_seen"),
                text(node, "last_seen"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null
                        && value.isValueNode()
                        && !value.isNull()
                        && !value.asText().isBlank()
                ? value.asText().strip()
                : null;
    }

    /** The texts of a list (or of a single value); null when it holds something else. */
    private static List<String> texts(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return value.asText().isBlank() ? List.of() : List.of(value.asText().strip());
        }
        if (!value.isArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                return null;
            }
            if (!item.isNull() && !item.asText().isBlank()) {
                texts.add(item.asText().strip());
            }
        }
        return texts;
    }

    private void check(FtmRecord record, Check check) {
        check.rowsRead++;
        Optional<Mapping> mapping = FtmModel.mapping(record.schema());
        if (mapping.isEmpty()) {
            check.others.add(record.id());
            check.leaveOut(record.schema());
            return;
        }
        List<Problem> problems = new ArrayList<>();
        List<Ref> refs = new ArrayList<>();
        Mapping m = mapping.get();
        switch (m.kind()) {
            case NODE -> {
                if (name(record) == null) {
                    problems.add(record.problem("properties.name", "a " + record.schema() + " needs a name"));
                }
                record.get("addressEntity")
                        .forEach(a -> refs.add(new Ref(record, "addressEntity", a, RefKind.OPTIONAL_ADDRESS)));
            }
            case SOURCE -> {}
            case TIE -> {
                requireRefs(
                        record,
                        m.from(),
                        refs,
                        problems,
                        m.tieType() == TieType.RELATED_TO ? RefKind.EVENT_OR_NODE : RefKind.NODE);
                requireRefs(
                        record,
                        m.to(),
                        refs,
                        problems,
                        m.tieType() == TieType.RELATED_TO ? RefKind.EVENT_OR_NODE : RefKind.NODE);
                dates(record, problems, "startDate", "endDate", "date");
            }
            case EVENT -> {
                dates(record, problems, "date", "startDate", "endDate");
                record.get("organizer").forEach(a -> refs.add(new Ref(record, "organizer", a, RefKind.NODE)));
                record.get("involved").forEach(a -> refs.add(new Ref(record, "involved", a, RefKind.NODE)));
            }
            case SANCTION -> {
                requireRefs(record, "entity", refs, problems, RefKind.NODE);
                dates(record, problems, "startDate", "endDate", "listingDate", "date");
            }
            case IDENTIFICATION -> requireRefs(record, "holder", refs, problems, RefKind.NODE);
        }
        if (!problems.isEmpty()) {
            check.problems.addAll(problems);
            check.reject(record);
            return;
        }
        switch (m.kind()) {
            case NODE -> check.nodes.add(record.id());
            case EVENT, SANCTION -> check.events.add(record.id());
            case SOURCE -> check.sources.put(record.id(), source(record));
            default -> {}
        }
        boolean restsOnNothing = m.kind() == FtmModel.Kind.NODE
                && record.datasets().isEmpty()
                && record.get("addressEntity").isEmpty();
        if (m.kind() != FtmModel.Kind.SOURCE && !restsOnNothing) {
            check.datasets.addAll(sourcesOf(record));
        }
        check.pending.addAll(refs);
    }

    private static void requireRefs(
            FtmRecord record, String property, List<Ref> refs, List<Problem> problems, RefKind kind) {
        List<String> ids = record.get(property);
        if (ids.isEmpty()) {
            problems.add(record.problem("properties." + property, "a " + record.schema() + " needs its " + property));
        }
        ids.forEach(id -> refs.add(new Ref(record, property, id, kind)));
    }

    private static void dates(FtmRecord record, List<Problem> problems, String... properties) {
        for (String property : properties) {
            for (String value : record.get(property)) {
                if (date(value) == null) {
                    problems.add(record.problem(
                            "properties." + property,
                            "not a date: '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD, a time may follow)"));
                }
            }
        }
    }

    private static PartialDate date(String value) {
        if (value == null) {
            return null;
        }
        String text = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        return PartialDate.parse(text).orElse(null);
    }

    /**
     * References to nothing in the files are looked up in the graph (by id, or by an id an entity took in);
     * references to records the model leaves out are counted; others are problems.
     */
    private void resolveReferences(Check check) {
        Map<String, List<Ref>> unknown = new LinkedHashMap<>();
        for (Ref ref : check.pending) {
            boolean known = check.nodes.contains(ref.id())
                    || ref.kind() == RefKind.EVENT_OR_NODE && check.events.contains(ref.id());
            if (known || check.isInvalid(ref.record())) {
                continue;
            }
            if (check.others.contains(ref.id())) {
                check.leftOutRecords.add(
                        Check.key(ref.record().file(), ref.record().line()));
                check.leaveOut(ref.record().schema() + " linking to a left-out record");
                continue;
            }
            unknown.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(ref);
        }
        check.pending.clear();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, String> inGraph = inGraph(unknown.keySet(), check.events);
        for (var entry : unknown.entrySet()) {
            String found = inGraph.get(entry.getKey());
            if (found != null) {
                if (!found.equals(entry.getKey())) {
                    check.external.put(entry.getKey(), found);
                }
                continue;
            }
            for (Ref ref : entry.getValue()) {
                if (ref.kind() == RefKind.OPTIONAL_ADDRESS) {
                    check.missingAddresses.add(ref.id());
                    check.leaveOut("address links to addresses not in the import");
                    continue;
                }
                check.problems.add(
                        ref.record()
                                .problem(
                                        "properties." + ref.property(),
                                        "refers to '" + ref.id()
                                                + "', which is neither in this import (as a valid record) nor in the database"));
                check.reject(ref.record());
            }
        }
    }

    /**
     * The graph ids of the given ids: themselves when a node has them, else the entity that took them in. Ids
     * of events are added to {@code events}.
     */
    private Map<String, String> inGraph(Set<String> ids, Set<String> events) {
        Map<String, String> found = new HashMap<>();
        List<String> plain = ids.stream().filter(FtmImporter::plainId).toList();
        new ImportQueries(graph).inGraph(plain).values().forEach(f -> {
            found.put(f.id(), f.graphId());
            if (f.event()) {
                events.add(f.id());
            }
        });
        return found;
    }

    /** Ids safe to quote in a full-text query; FtM ids are letters, digits, dots, dashes and underscores. */
    private static boolean plainId(String id) {
        return id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':');
    }

    // ---- the second pass

    private static void write(FtmRecord record, boolean links, Check check, RecordBatches batches) {
        Mapping mapping = FtmModel.mapping(record.schema()).orElse(null);
        if (mapping == null) {
            return;
        }
        if (!links) {
            switch (mapping.kind()) {
                case NODE -> {
                    // A node no data set names has no mention (its ties and events still rest on the file).
                    if (record.datasets().isEmpty()) {
                        batches.entity(entity(record, mapping, check, null));
                    } else {
                        provenances(record, null).forEach(p -> batches.entity(entity(record, mapping, check, p)));
                    }
                }
                case EVENT -> event(record, batches);
                case SANCTION -> sanction(record, batches);
                default -> {}
            }
            return;
        }
        switch (mapping.kind()) {
            case NODE ->
                record.get("addressEntity").stream()
                        .filter(a -> !check.missingAddresses.contains(a))
                        .forEach(address -> provenances(record, null)
                                .forEach(p -> batches.tie(new TieRecord(
                                        record.id(), TieType.LOCATED_IN, address, "address", null, null, p))));
            case TIE -> tie(record, mapping, check, batches);
            case EVENT -> {
                for (Provenance p : provenances(record, null)) {
                    record.get("organizer")
                            .forEach(e -> batches.participation(
                                    new ParticipationRecord(record.id(), e, Role.INITIATOR, null, p)));
                    record.get("involved")
                            .forEach(e -> batches.participation(
                                    new ParticipationRecord(record.id(), e, Role.PARTICIPANT, null, p)));
                }
            }
            case SANCTION -> sanctionParties(record, batches);
            case IDENTIFICATION -> {
                String number =
                        record.first("number") != null ? record.first("number") : record.first("passportNumber");
                if (number != null) {
                    String kind = record.first("type") != null
                            ? record.first("type")
                            : record.schema().toLowerCase(Locale.ROOT);
                    String country = record.first("country");
                    String text = kind + ": " + number
                            + (country == null ? "" : " (" + country.toUpperCase(Locale.ROOT) + ")");
                    record.get("holder").forEach(h -> batches.identifier(h, text));
                }
            }
            default -> {}
        }
    }

    private static String name(FtmRecord record) {
        if (record.caption() != null && !record.schema().equals("Address")) {
            return record.caption();
        }
        String name = record.first("name");
        if (name == null) {
            name = record.first("full");
        }
        return name != null ? name : record.caption();
    }

    private static EntityRecord entity(FtmRecord record, Mapping node, Check check, Provenance mention) {
        String name = name(record);
        Set<String> aliases = new LinkedHashSet<>();
        for (String property : List.of("name", "alias", "previousName", "full")) {
            aliases.addAll(record.get(property));
        }
        aliases.remove(name);
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        String kind = node.nodeKind();
        List<String> keywords = new ArrayList<>();
        for (String keyword : record.get("keywords")) {
            if (keyword.startsWith(FtmModel.KIND_KEYWORD)) {
                kind = keyword.substring(FtmModel.KIND_KEYWORD.length()).strip();
            } else {
                keywords.add(keyword);
            }
        }
        record.props().forEach((property, values) -> {
            if (property.equals("keywords")) {
                values = keywords;
            }
            if (!FtmModel.MAPPED_NODE_PROPERTIES.contains(property)
                    && !FtmModel.OWN_NODE_PROPERTIES.contains(property)
                    && !values.isEmpty()
                    && !values.stream().allMatch(v -> check.nodes.contains(v) || check.events.contains(v))) {
                attributes.put(property, values);
            }
        });
        String country = firstOf(record, "country", "nationality", "jurisdiction", "citizenship", "mainCountry");
        String description = firstOf(record, "summary", "description", "position");
        List<String> notes = record.get("notes");
        return new EntityRecord(
                record.id(),
                node.type(),
                name,
                List.copyOf(aliases),
                kind,
                country == null ? null : country.toUpperCase(Locale.ROOT),
                description,
                notes.isEmpty() ? null : String.join("\n", notes),
                mention,
                new EntityRecord.Extras(attributes, List.of(), false));
    }

    private static String firstOf(FtmRecord record, String... properties) {
        for (String property : properties) {
            String value = record.first(property);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static SourceRecord source(FtmRecord record) {
        String title = firstOf(record, "title", "name");
        return new SourceRecord(
                record.id(),
                title != null ? title : record.caption() != null ? record.caption() : record.id(),
                record.first("publisher"),
                record.first("author"),
                date(firstOf(record, "publishedAt", "date")),
                webAddress(record.first("sourceUrl")),
                "article".equals(record.schema().toLowerCase(Locale.ROOT)) ? "article" : "document");
    }

    private static String webAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    /** The sources a record rests on: its data sets, or the file it came in when it names none. */
    private static List<String> sourcesOf(FtmRecord record) {
        if (!record.datasets().isEmpty()) {
            return record.datasets();
        }
        String file = record.file();
        return List.of(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
    }

    /** One provenance a source: the record's data sets, with its id, source link and when it was seen. */
    private static List<Provenance> provenances(FtmRecord record, String quote) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ftmId", record.id());
        String url = webAddress(record.first("sourceUrl"));
        if (url != null) {
            details.put("sourceUrl", url);
        }
        if (record.firstSeen() != null) {
            details.put("firstSeen", record.firstSeen());
        }
        if (record.lastSeen() != null) {
            details.put("lastSeen", record.lastSeen());
        }
        return sourcesOf(record).stream()
                .map(s -> new Provenance(s, quote, PRODUCER, 1.0, details))
                .toList();
    }

    private static void tie(FtmRecord record, Mapping tie, Check check, RecordBatches batches) {
        String quote = record.first("summary");
        String role = role(record, tie);
        PartialDate start = date(firstOf(record, "startDate", "date"));
        PartialDate end = date(record.first("endDate"));
        for (String from : record.get(tie.from())) {
            for (String to : record.get(tie.to())) {
                for (Provenance p : provenances(record, quote)) {
                    if (check.events.contains(to) && !check.nodes.contains(to)) {
                        var named = FtmModel.namedRole(role);
                        batches.participation(new ParticipationRecord(
                                to,
                                from,
                                named.map(FtmModel.NamedRole::role).orElse(Role.PARTICIPANT),
                                named.isPresent() ? named.get().detail() : role,
                                p));
                        continue;
                    }
                    TieType type = tie.tieType();
                    String tieRole = role;
                    if (record.schema().equals(FtmModel.UNKNOWN_LINK)) {
                        var named = FtmModel.namedTie(role);
                        if (named.isPresent()) {
                            type = named.get().type();
                            tieRole = named.get().role();
                        } else if (role != null || record.first("description") != null) {
                            // "business partner", "formerly known as": read as words.
                            type = TieLabels.type(role != null ? role : record.first("description"), null);
                        }
                    } else if (record.schema().equals("Succession") && role == null) {
                        tieRole = "predecessor of";
                    }
                    batches.tie(new TieRecord(from, type, to, tieRole, start, end, p));
                }
            }
        }
    }

    /** The role of a tie: its role property, with an ownership's share where given. */
    private static String role(FtmRecord record, Mapping tie) {
        List<String> parts = new ArrayList<>(record.get(tie.roleProperty()));
        if (record.schema().equals("Ownership")) {
            record.get("percentage").forEach(p -> parts.add(p.endsWith("%") ? p : p + "%"));
            record.get("sharesCount").forEach(c -> parts.add(c + " shares"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void event(FtmRecord record, RecordBatches batches) {
        EventType type = EventType.OTHER;
        String cameo = null;
        for (String keyword : record.get("keywords")) {
            if (keyword.toLowerCase(Locale.ROOT).startsWith("cameo:")) {
                cameo = keyword.substring(6).strip();
            } else {
                Optional<EventType> parsed = EventType.parse(keyword);
                if (parsed.isPresent() && type == EventType.OTHER) {
                    type = parsed.get();
                }
            }
        }
        String title = record.first("name") != null ? record.first("name") : record.caption();
        for (Provenance p : provenances(record, record.first("notes"))) {
            batches.event(new EventRecord(
                    record.id(),
                    type,
                    date(firstOf(record, "date", "startDate")),
                    date(record.first("endDate")),
                    cameo,
                    title,
                    firstOf(record, "summary", "description"),
                    p));
        }
    }

    private static String authorityId(String authority) {
        return "authority-" + NameKeys.slug(authority);
    }

    private static void sanction(FtmRecord record, RecordBatches batches) {
        String authority = record.first("authority");
        String program = record.first("program");
        String title =
                "Sanction" + (authority != null ? " by " + authority : "") + (program != null ? ": " + program : "");
        String country = record.first("country");
        for (Provenance p : provenances(record, null)) {
            if (authority != null) {
                batches.entity(new EntityRecord(
                        authorityId(authority),
                        EntityType.ORGANIZATION,
                        authority,
                        List.of(),
                        "sanctioning authority",
                        country == null ? null : country.toUpperCase(Locale.ROOT),
                        null,
                        null,
                        p));
            }
            batches.event(new EventRecord(
                    record.id(),
                    EventType.SANCTION,
                    date(firstOf(record, "startDate", "listingDate", "date")),
                    date(record.first("endDate")),
                    null,
                    title,
                    firstOf(record, "reason", "summary"),
                    p));
        }
    }

    private static void sanctionParties(FtmRecord record, RecordBatches batches) {
        String authority = record.first("authority");
        String provisions = record.get("provisions").isEmpty() ? null : String.join("; ", record.get("provisions"));
        for (Provenance p : provenances(record, null)) {
            record.get("entity")
                    .forEach(e ->
                            batches.participation(new ParticipationRecord(record.id(), e, Role.TARGET, provisions, p)));
            if (authority != null) {
                batches.participation(
                        new ParticipationRecord(record.id(), authorityId(authority), Role.INITIATOR, null, p));
            }
        }
    }
}
