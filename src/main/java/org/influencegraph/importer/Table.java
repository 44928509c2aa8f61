package org.influencegraph.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The tables of the native format, in the order an import writes them (each refers only to earlier ones). */
public enum Table {
    SOURCES("source", List.of("source", "title"), List.of("publisher", "author", "date", "url", "kind")),
    ENTITIES(
            "entity",
            List.of("entity", "type", "name"),
            List.of("aliases", "kind", "country", "description", "note", "source", "quote", "producer", "confidence")),
    EVENTS(
            "event",
            List.of("event", "type", "title", "source"),
            List.of("date", "end_date", "cameo", "description", "quote", "producer", "confidence")),
    PARTICIPANTS(
            "participant",
            List.of("event", "entity", "role", "source"),
            List.of("detail", "quote", "producer", "confidence")),
    TIES(
            "tie",
            List.of("from", "type", "to", "source"),
            List.of("role", "start", "end", "quote", "producer", "confidence"));

    private final String record;
    private final List<String> required;
    private final List<String> optional;

    Table(String record, List<String> required, List<String> optional) {
        this.record = record;
        this.required = required;
        this.optional = optional;
    }

    /** The value of {@code "record"} that marks this table in JSON lines. */
    public String record() {
        return record;
    }

    public List<String> required() {
        return required;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Table> byRecord(String record) {
        return Arrays.stream(values()).filter(t -> t.record.equals(record)).findFirst();
    }

    /** The table a CSV file holds: from the end of its name if that names a table, else from its header. */
    public static Optional<Table> ofCsv(String fileName, Set<String> header) {
        String stem = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "");
        for (Table t : values()) {
            if (stem.endsWith(t.fileName())) {
                return Optional.of(t);
            }
        }
        if (header.contains("from") && header.contains("to")) {
            return Optional.of(TIES);
        }
        if (header.contains("event") && header.contains("entity") && header.contains("role")) {
            return Optional.of(PARTICIPANTS);
        }
        if (header.contains("event")) {
            return Optional.of(EVENTS);
        }
        if (header.contains("entity")) {
            return Optional.of(ENTITIES);
        }
        if (header.contains("source") && header.contains("title")) {
            return Optional.of(SOURCES);
        }
        return Optional.empty();
    }
}
