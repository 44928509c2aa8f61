package org.influencegraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.influencegraph.graph.QueryResult;

/** The shapes an answer is given in: rows (JSON), a graph of nodes and edges, CSV, a text table. */
public final class Formats {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CELL = 48;

    private Formats() {}

    /** An answer as rows: its columns, one value a column in each row, and whether it was cut. */
    public record Rows(
            String query, List<String> columns, List<Map<String, Object>> rows, int count, boolean truncated) {}

    /** An answer as a graph: each node and each edge between them once. */
    public record Drawing(String query, List<QueryResult.Node> nodes, List<QueryResult.Edge> edges) {}

    public static Rows rows(String query, QueryResult result) {
        return new Rows(query, result.columns(), result.rows(), result.rows().size(), result.truncated());
    }

    /** Every node, edge and path in the answer as one graph, each node and edge once. */
    public static Drawing graph(String query, QueryResult result) {
        Map<String, QueryResult.Node> nodes = new LinkedHashMap<>();
        Set<QueryResult.Edge> edges = new LinkedHashSet<>();
        result.rows().forEach(row -> row.values().forEach(v -> collect(v, nodes, edges)));
        List<QueryResult.Edge> inside = edges.stream()
                .filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to()))
                .toList();
        return new Drawing(query, new ArrayList<>(nodes.values()), inside);
    }

    /** The ids of the sources the edges of a {@link #graph} rest on. */
    public static Set<String> sourceIds(Drawing graph) {
        Set<String> ids = new TreeSet<>();
        for (QueryResult.Edge e : graph.edges()) {
            if (e.properties().get("source") instanceof String id) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static void collect(Object value, Map<String, QueryResult.Node> nodes, Set<QueryResult.Edge> edges) {
        if (value instanceof QueryResult.Node n) {
            nodes.putIfAbsent(n.id(), n);
        } else if (value instanceof QueryResult.Edge e) {
            edges.add(e);
        } else if (value instanceof QueryResult.Path p) {
            p.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            edges.addAll(p.edges());
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, nodes, edges));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, nodes, edges));
        }
    }

    /** CSV with a header row; graph elements and nested values as readable text. */
    public static String csv(QueryResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(result.columns());
            for (Map<String, Object> row : result.rows()) {
                List<String> cells = new ArrayList<>();
                for (String column : result.columns()) {
                    cells.add(cell(row.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A CSV cell that no spreadsheet reads as a formula (OWASP's advice on CSV injection): text that starts with
     * {@code = + - @}, a tab or a carriage return gets a leading {@code '}; numbers stay numbers.
     */
    static String cell(Object value) {
        String text = text(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** A text table for people: one line a row, long cells cut. */
    public static String table(QueryResult result) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            cells.add(columns.stream().map(c -> cut(text(row.get(c)))).toList());
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns, widths);
        line(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        cells.forEach(line -> line(out, line, widths));
        out.append(result.rows().size())
                .append(result.rows().size() == 1 ? " row" : " rows")
                .append(result.truncated() ? " (cut at the row limit)" : "")
                .append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        out.append('\n');
    }

    private static String cut(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= CELL ? flat : flat.substring(0, CELL - 1) + "…";
    }

    /** A value as a person reads it: a node by its name, an edge by its type, lists joined, maps as JSON. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof QueryResult.Node n) {
            return n.name() != null ? n.name() : n.id();
        }
        if (value instanceof QueryResult.Edge e) {
            return e.type();
        }
        if (value instanceof QueryResult.Path p) {
            return p.nodes().stream().map(Formats::text).collect(Collectors.joining(" - "));
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> !(v instanceof Map))) {
            return list.stream().map(Formats::text).collect(Collectors.joining("; "));
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return json(value);
        }
        return value.toString();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
