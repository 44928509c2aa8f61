package org.influencegraph.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of a native-format file, CSV or JSON lines, as strict UTF-8. Problems that make the rest
 * of a file unreadable (a bad header, bad encoding, an unclosed quote) are reported once and end the file.
 */
final class RowReader {

    /** Duplicate keys are an error, not the last one silently kept. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");
    /** Fields that take a list of texts (or one text, '|'-separated as in CSV). */
    private static final java.util.Set<String> LISTS = java.util.Set.of("aliases");
    /** Fields that take a number (or its text). */
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("confidence");

    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private RowReader() {}

    /**
     * Reads every row of the input. Returns false when the file could not be read to its end (a bad header,
     * bad encoding, an unclosed quote): such a file is rejected whole.
     */
    static boolean read(ImportInput input, Consumer<Row> rows, Consumer<Problem> problems) {
        if (input.isCsv()) {
            return TextInput.read(input, reader -> readCsv(input, reader, rows, problems), problems);
        }
        if (input.isJsonLines()) {
            return TextInput.lines(
                    input,
                    (line, text) -> {
                        JsonNode node;
                        try {
                            node = JSON.readTree(text);
                        } catch (JacksonException e) {
                            var duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
                            problems.accept(
                                    duplicate.find()
                                            ? new Problem(
                                                    input.name(),
                                                    line,
                                                    duplicate.group(1),
                                                    "appears more than once in the object")
                                            : new Problem(
                                                    input.name(),
                                                    line,
                                                    null,
                                                    "not valid JSON: " + e.getOriginalMessage()));
                            return;
                        }
                        Row row = jsonRow(input.name(), line, node, problems);
                        if (row != null) {
                            rows.accept(row);
                        }
                    },
                    problems);
        }
        problems.accept(
                new Problem(input.name(), 0, null, "not a native-format file: expected .csv, .jsonl or .ndjson"));
        return false;
    }

    /**
     * A CSV parser past the header row (trimmed fields, empty lines skipped), or null, with the problem
     * reported, when the header is bad or missing.
     */
    static CSVParser openCsv(ImportInput input, Reader reader, Consumer<Problem> problems) throws IOException {
        CSVParser parser;
        try {
            parser = CSV.parse(reader);
        } catch (IllegalArgumentException e) {
            problems.accept(new Problem(input.name(), 1, null, "bad header: " + e.getMessage()));
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (parser.getHeaderNames().isEmpty()) {
            problems.accept(new Problem(input.name(), 1, null, "empty file: expected a header row"));
            parser.close();
            return null;
        }
        return parser;
    }

    private static boolean readCsv(ImportInput input, Reader reader, Consumer<Row> rows, Consumer<Problem> problems)
            throws IOException {
        CSVParser parser = openCsv(input, reader, problems);
        if (parser == null) {
            return false;
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            Set<String> columns = new LinkedHashSet<>(header);
            Table table = Table.ofCsv(input.fileName(), columns).orElse(null);
            if (table == null) {
                problems.accept(new Problem(
                        input.name(),
                        1,
                        null,
                        "cannot tell which table this is: name the file "
                                + "sources.csv, entities.csv, events.csv, participants.csv or ties.csv"));
                return false;
            }
            return headerIsValid(input, table, columns, problems)
                    && csvRecords(
                            input,
                            parser,
                            header,
                            problems,
                            (line, values) -> rows.accept(new Row(input.name(), line, table, values)));
        }
    }

    /** Takes the non-empty cells of one CSV record, by column, and the line the record starts on. */
    @FunctionalInterface
    interface CsvRecordHandler {
        void record(long line, Map<String, String> cells);
    }

    /**
     * Reads the records of a CSV file after its header, strictly: a record with another number of fields
     * than the header is a problem; an unreadable rest of the file (an unclosed quote) ends it and returns false.
     */
    static boolean csvRecords(
            ImportInput input, CSVParser parser, List<String> header, Consumer<Problem> problems, CsvRecordHandler rows)
            throws IOException {
        long line = 1;
        try {
            for (CSVRecord record : parser) {
                line = record.getParser().getCurrentLineNumber();
                long startLine = lineOf(record, line);
                if (record.size() != header.size()) {
                    problems.accept(new Problem(
                            input.name(),
                            startLine,
                            null,
                            "expected " + header.size() + " fields as in the header, found " + record.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    if (!value.isEmpty()) {
                        values.put(header.get(i), value);
                    }
                }
                rows.record(startLine, values);
            }
            return true;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Check.NotUtf8Exception
                    || e.getCause() instanceof CharacterCodingException) {
                throw e.getCause();
            }
            problems.accept(new Problem(
                    input.name(),
                    line + 1,
                    null,
                    "unreadable CSV from here on (" + e.getCause().getMessage()
                            + "); nothing of this file is imported"));
        } catch (IllegalStateException e) {
            problems.accept(new Problem(
                    input.name(),
                    line + 1,
                    null,
                    "unreadable CSV from here on (" + e.getMessage() + "); nothing of this file is imported"));
        }
        return false;
    }

    /** The line a record starts on: the header is line 1, and quoted fields may span lines. */
    static long lineOf(CSVRecord record, long endLine) {
        long breaks = 0;
        for (String value : record) {
            for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
                breaks++;
            }
        }
        return endLine - breaks;
    }

    private static boolean headerIsValid(
            ImportInput input, Table table, Set<String> columns, Consumer<Problem> problems) {
        boolean valid = true;
        for (String column : columns) {
            if (!table.knows(column)) {
                problems.accept(new Problem(
                        input.name(), 1, column, "unknown column for " + table.fileName() + " (see docs/IMPORT.md)"));
                valid = false;
            }
        }
        for (String column : table.required()) {
            if (!columns.contains(column)) {
                problems.accept(new Problem(input.name(), 1, column, "required column missing"));
                valid = false;
            }
        }
        return valid;
    }

    private static Row jsonRow(String file, long line, JsonNode node, Consumer<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(new Problem(file, line, null, "expected one JSON object a line"));
            return null;
        }
        JsonNode record = node.get("record");
        Table table = record != null && record.isTextual()
                ? Table.byRecord(record.asText()).orElse(null)
                : null;
        if (table == null) {
            problems.accept(new Problem(
                    file,
                    line,
                    "record",
                    "expected \"record\" to be one of "
                            + java.util.Arrays.stream(Table.values())
                                    .map(Table::record)
                                    .collect(Collectors.joining(", "))));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        boolean valid = true;
        for (var field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("record") || value.isNull()) {
                continue;
            }
            if (!table.knows(name)) {
                problems.accept(new Problem(file, line, name, "unknown field for " + table.fileName()));
                valid = false;
            } else if (value.isTextual() || NUMBERS.contains(name) && value.isNumber()) {
                if (!value.asText().isBlank()) {
                    values.put(name, value.asText().strip());
                }
            } else if (LISTS.contains(name) && value.isArray() && allText(value)) {
                List<String> items = new java.util.ArrayList<>();
                value.forEach(v -> items.add(v.asText().strip()));
                values.put(name, String.join("|", items));
            } else {
                problems.accept(new Problem(
                        file,
                        line,
                        name,
                        "expected "
                                + (LISTS.contains(name)
                                        ? "a text or a list of " + "texts"
                                        : NUMBERS.contains(name) ? "a number" : "a text")
                                + ", got " + kind(value)));
                valid = false;
            }
        }
        return valid ? new Row(file, line, table, values) : null;
    }

    private static String kind(JsonNode value) {
        return value.isNumber()
                ? "a number (" + value + ")"
                : value.isBoolean()
                        ? "true or false"
                        : value.isArray() ? "a list" : value.isObject() ? "an object" : value.toString();
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
