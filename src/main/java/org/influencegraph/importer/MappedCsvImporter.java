package org.influencegraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.importer.CsvMapping.EntitySpec;
import org.influencegraph.importer.CsvMapping.EventSpec;
import org.influencegraph.importer.CsvMapping.ParticipantSpec;
import org.influencegraph.importer.CsvMapping.TieSpec;
import org.influencegraph.importer.CsvMapping.Value;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.EventType;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.Role;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.StableIds;
import org.influencegraph.model.TieRecord;
import org.influencegraph.model.TieType;
import org.influencegraph.names.NameKeys;
import org.influencegraph.resolve.TieLabels;

/**
 * Imports any CSV file through a {@link CsvMapping}. Each row gives the entities the mapping names (an empty
 * name cell: that entity is not on this row), the ties and events between them, and the sources they rest
 * on. An entity without an id column gets one from its type and name key, so every row that names it (in any
 * spelling with the same key) names the same entity, and entity resolution sends it to an entity already in
 * the graph. Two streaming passes: check every row, then write in batches.
 */
public final class MappedCsvImporter extends TwoPassImporter<TwoPassImporter.Checked> {

    /**
     * A row states part of what is known of an entity: it names it only if it has no name yet (other spellings
     * become aliases) and an empty cell erases nothing.
     */
    private static final EntityRecord.Extras ROW_VIEW = new EntityRecord.Extras(Map.of(), List.of(), true);

    private final Graph graph;
    private final CsvMapping mapping;
    private final String producer;

    public MappedCsvImporter(Graph graph, CsvMapping mapping) {
        this.graph = graph;
        this.mapping = mapping;
        String file = mapping.file();
        this.producer = "mapping:" + file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }

    /** The records one row gives. */
    private record Mapped(
            List<SourceRecord> sources,
            List<EntityRecord> entities,
            List<EventRecord> events,
            List<ParticipationRecord> participations,
            List<TieRecord> ties) {}

    /** One CSV row: file, line and the non-empty cells by column. */
    private record CsvRow(String file, long line, Map<String, String> cells) {
        Problem problem(String column, String message) {
            return new Problem(file, line, column, message);
        }
    }

    /** The check pass: every row mapped, its problems kept, its records dropped. */
    @Override
    Checked check(List<ImportInput> inputs) {
        Checked check = new Checked();
        for (ImportInput input : inputs) {
            boolean complete = rows(input, check.problems::add, row -> {
                check.rowsRead++;
                List<Problem> found = new ArrayList<>();
                map(row, found, check.leftOut);
                if (!found.isEmpty()) {
                    check.problems.addAll(found);
                    check.reject(row.file(), row.line());
                }
            });
            if (!complete) {
                check.rejectedFiles.add(input.name());
            }
        }
        return check;
    }

    /** The write pass, through {@link RecordBatches} (which tells no progress). */
    @Override
    Map<Table, WriteCounts> write(List<ImportInput> inputs, Checked check, ImportOptions options, Progress progress) {
        RecordBatches batches = new RecordBatches(graph, options.batchSize(), Set.of(), true);
        for (ImportInput input : inputs) {
            if (check.rejectedFiles.contains(input.name())) {
                continue;
            }
            rows(input, p -> {}, row -> {
                if (check.isInvalid(row.file(), row.line())) {
                    return;
                }
                Mapped m = map(row, new ArrayList<>(), new HashMap<>());
                m.sources().forEach(batches::source);
                m.entities().forEach(batches::entity);
                m.events().forEach(batches::event);
                m.participations().forEach(batches::participation);
                m.ties().forEach(batches::tie);
            });
        }
        batches.flush();
        return batches.counts();
    }

    /** Reads the rows of a CSV file after checking that its header has every column the mapping reads. */
    private boolean rows(ImportInput input, Consumer<Problem> problems, Consumer<CsvRow> rows) {
        return TextInput.read(
                input,
                reader -> {
                    CSVParser parser = RowReader.openCsv(input, reader, problems);
                    if (parser == null) {
                        return false;
                    }
                    try (parser) {
                        List<String> header = parser.getHeaderNames();
                        boolean ok = true;
                        for (var column : mapping.columns().entrySet()) {
                            if (!header.contains(column.getKey())) {
                                problems.accept(new Problem(
                                        input.name(),
                                        1,
                                        column.getKey(),
                                        "no such column, which "
                                                + mapping.file() + " reads at " + column.getValue()
                                                + " (the header has: "
                                                + String.join(", ", header) + ")"));
                                ok = false;
                            }
                        }
                        if (!ok) {
                            return false;
                        }
                        return RowReader.csvRecords(
                                input,
                                parser,
                                header,
                                problems,
                                (line, cells) -> rows.accept(new CsvRow(input.name(), line, cells)));
                    }
                },
                problems);
    }

    /** The records of one row; what cannot be read is added to {@code problems}. */
    private Mapped map(CsvRow row, List<Problem> problems, Map<String, Long> leftOut) {
        List<SourceRecord> sources = sources(row);
        String quote = mapping.quote() == null ? null : mapping.quote().first(row.cells());
        double confidence = mapping.confidence() == null ? 1.0 : mapping.confidence();
        Map<String, EntityRecord> entities = new LinkedHashMap<>();
        List<EntityRecord> entityRecords = new ArrayList<>();
        for (EntitySpec spec : mapping.entities().values()) {
            entity(row, spec, problems).ifPresent(e -> {
                entities.put(spec.name(), e);
                for (SourceRecord s : sources) {
                    entityRecords.add(new EntityRecord(
                            e.id(),
                            e.type(),
                            e.name(),
                            e.aliases(),
                            e.kind(),
                            e.country(),
                            e.description(),
                            null,
                            new Provenance(s.id(), null, producer, confidence),
                            ROW_VIEW));
                }
            });
        }
        List<TieRecord> ties = new ArrayList<>();
        for (TieSpec spec : mapping.ties()) {
            EntityRecord from = entities.get(spec.from());
            EntityRecord to = entities.get(spec.to());
            if (from == null || to == null) {
                leftOut.merge("ties (" + spec.path() + ") with an empty end", 1L, Long::sum);
                continue;
            }
            String typeText = spec.type().first(row.cells());
            if (typeText == null) {
                leftOut.merge("ties (" + spec.path() + ") with an empty type", 1L, Long::sum);
                continue;
            }
            TieType type = TieType.parse(typeText).orElse(null);
            String role = spec.role() == null ? null : spec.role().first(row.cells());
            if (type == null) {
                if (spec.type().column() == null) {
                    problems.add(row.problem(null, spec.path() + ".type: '" + typeText + "' is not a tie type"));
                    continue;
                }
                type = TieLabels.type(typeText, to.type());
                role = role == null ? typeText : role;
            }
            PartialDate start = date(row, spec.start(), problems);
            PartialDate end = date(row, spec.end(), problems);
            String tieQuote = spec.quote() == null ? quote : spec.quote().first(row.cells());
            for (SourceRecord s : sources) {
                ties.add(new TieRecord(
                        from.id(),
                        type,
                        to.id(),
                        role,
                        start,
                        end,
                        new Provenance(s.id(), tieQuote, producer, confidence)));
            }
        }
        List<EventRecord> events = new ArrayList<>();
        List<ParticipationRecord> participations = new ArrayList<>();
        for (EventSpec spec : mapping.events()) {
            event(row, spec, entities, sources, quote, confidence, problems, events, participations);
        }
        return new Mapped(sources, entityRecords, events, participations, ties);
    }

    private Optional<EntityRecord> entity(CsvRow row, EntitySpec spec, List<Problem> problems) {
        String name = spec.nameValue().first(row.cells());
        if (name == null) {
            return Optional.empty();
        }
        String typeText = spec.type().first(row.cells());
        EntityType type = typeText == null ? null : EntityType.parse(typeText).orElse(null);
        if (type == null) {
            problems.add(row.problem(
                    spec.type().column(),
                    "entities." + spec.name() + ".type: '" + typeText
                            + "' is not person, organization or place"
                            + (spec.type().column() != null ? " (translate the cell texts with values: {...})" : "")));
            return Optional.empty();
        }
        String id = spec.id() == null ? null : spec.id().first(row.cells());
        if (id == null) {
            String key = NameKeys.key(name);
            if (key.isEmpty()) {
                problems.add(row.problem(spec.nameValue().column(), "a name needs letters or digits: '" + name + "'"));
                return Optional.empty();
            }
            id = type.code() + "-" + key.replace(' ', '-');
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        if (spec.aliases() != null) {
            spec.aliases().of(row.cells()).stream()
                    .filter(a -> !aliases.contains(a))
                    .forEach(aliases::add);
        }
        return Optional.of(new EntityRecord(
                id,
                type,
                name,
                aliases,
                spec.kind() == null ? null : spec.kind().first(row.cells()),
                spec.country() == null ? null : spec.country().first(row.cells()),
                spec.description() == null ? null : spec.description().first(row.cells()),
                null,
                null));
    }

    /** The sources of a row: the mapping's own, those its cells name, or else the file itself. */
    private List<SourceRecord> sources(CsvRow row) {
        List<SourceRecord> sources = new ArrayList<>();
        CsvMapping.SourceSpec fixed = mapping.source();
        if (fixed != null) {
            sources.add(new SourceRecord(
                    fixed.id(),
                    fixed.title(),
                    fixed.publisher(),
                    fixed.author(),
                    fixed.date() == null
                            ? null
                            : PartialDate.parse(fixed.date()).orElse(null),
                    fixed.url(),
                    fixed.kind() == null ? "dataset" : fixed.kind()));
        }
        if (mapping.sources() != null) {
            for (String value : mapping.sources().of(row.cells())) {
                boolean web = value.startsWith("https://") || value.startsWith("http://");
                sources.add(new SourceRecord(
                        web ? value : "source-" + NameKeys.slug(value),
                        value,
                        null,
                        null,
                        null,
                        web ? value : null,
                        web ? "web page" : "document"));
            }
        }
        if (sources.isEmpty()) {
            String file = row.file()
                    .substring(Math.max(row.file().lastIndexOf('/'), row.file().lastIndexOf('\\')) + 1);
            sources.add(new SourceRecord("file-" + NameKeys.slug(file), file, null, null, null, null, "spreadsheet"));
        }
        return sources;
    }

    private static PartialDate date(CsvRow row, Value spec, List<Problem> problems) {
        if (spec == null) {
            return null;
        }
        String text = spec.first(row.cells());
        if (text == null) {
            return null;
        }
        String day =
                text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ') ? text.substring(0, 10) : text;
        Optional<PartialDate> date = PartialDate.parse(day);
        if (date.isEmpty()) {
            problems.add(
                    row.problem(spec.column(), "not a date: '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        return date.orElse(null);
    }

    private void event(
            CsvRow row,
            EventSpec spec,
            Map<String, EntityRecord> entities,
            List<SourceRecord> sources,
            String quote,
            double confidence,
            List<Problem> problems,
            List<EventRecord> events,
            List<ParticipationRecord> participations) {
        String title = spec.title().first(row.cells());
        String typeText = spec.type().first(row.cells());
        if (title == null || typeText == null) {
            return;
        }
        Optional<EventType> type = EventType.parse(typeText);
        if (type.isEmpty()) {
            problems.add(
                    row.problem(
                            spec.type().column(),
                            spec.path() + ".type: '" + typeText
                                    + "' is not an event type (docs/MODEL.md lists them; translate cell texts with values: {...})"));
            return;
        }
        PartialDate date = date(row, spec.date(), problems);
        PartialDate end = date(row, spec.endDate(), problems);
        List<ParticipationRecord> parts = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (ParticipantSpec p : spec.participants()) {
            EntityRecord e = entities.get(p.entity());
            String roleText = p.role().first(row.cells());
            if (e == null || roleText == null) {
                continue;
            }
            Optional<Role> role = Role.parse(roleText);
            if (role.isEmpty()) {
                problems.add(
                        row.problem(
                                p.role().column(),
                                spec.path() + " participant role: '" + roleText
                                        + "' is not mediator, party, participant, host, initiator, target, subject or location"));
                continue;
            }
            who.add(role.get().code() + ":" + e.id());
            for (SourceRecord s : sources) {
                parts.add(new ParticipationRecord(
                        null,
                        e.id(),
                        role.get(),
                        p.detail() == null ? null : p.detail().first(row.cells()),
                        new Provenance(s.id(), quote, producer, confidence)));
            }
        }
        String id = spec.id() == null ? null : spec.id().first(row.cells());
        if (id == null) {
            who.sort(null);
            id = "event-"
                    + StableIds.digest(
                            type.get().code() + "|" + (date == null ? "" : date.text()) + "|" + NameKeys.key(title)
                                    + "|" + String.join(",", who),
                            8);
        }
        String description =
                spec.description() == null ? null : spec.description().first(row.cells());
        String eventQuote = spec.quote() == null ? quote : spec.quote().first(row.cells());
        for (SourceRecord s : sources) {
            events.add(new EventRecord(
                    id,
                    type.get(),
                    date,
                    end,
                    null,
                    title,
                    description,
                    new Provenance(s.id(), eventQuote, producer, confidence)));
        }
        for (ParticipationRecord p : parts) {
            participations.add(new ParticipationRecord(id, p.entity(), p.role(), p.detail(), p.provenance()));
        }
    }
}
