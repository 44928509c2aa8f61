package org.influencegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;

/**
 * The canned queries, read from {@code cypher/queries/} at start-up. A file that does not parse, declares a
 * parameter its Cypher does not use or uses one it does not declare stops the start with an error naming
 * the file and line: a broken catalog must not be found by a user.
 */
public final class QueryCatalog {

    private static final String FOLDER = "cypher/queries";
    private static final Pattern HEADER = Pattern.compile("//\\s*(title|description|param):\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9]*)\\s+([a-z-]+)(?:\\((-?\\d+)\\.\\.(-?\\d+)\\)|\\(([a-z-]+(?:\\|[a-z-]+)*)\\))?\\s+"
                    + "(required|optional|\\S+)\\s+(.+)");
    private static final Pattern USED = Pattern.compile("\\$([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = queries;
    }

    /** A catalog of the given queries (tests build broken ones). */
    static QueryCatalog of(CannedQuery... queries) {
        Map<String, CannedQuery> byName = new LinkedHashMap<>();
        for (CannedQuery q : queries) {
            byName.put(q.name(), q);
        }
        return new QueryCatalog(byName);
    }

    /** The catalog shipped with the application. */
    public static QueryCatalog load() {
        Map<String, CannedQuery> queries = new LinkedHashMap<>();
        for (String file : Resources.list(FOLDER)) {
            if (file.endsWith(".cypher")) {
                String name = file.substring(FOLDER.length() + 1, file.length() - ".cypher".length());
                queries.put(name, parse(name, Resources.read(file)));
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalStateException("no canned queries found in " + FOLDER);
        }
        return new QueryCatalog(queries);
    }

    /**
     * Has the database plan every query ({@code EXPLAIN}, nothing runs) and fails on the first it cannot,
     * naming the file. The tests run it against every shipped file; {@code serve} runs it after start-up
     * to warm the query cache, so that the first questions answer at full speed.
     */
    public void verify(Graph graph) {
        for (CannedQuery query : queries.values()) {
            Map<String, Object> params = new HashMap<>();
            query.parameters().forEach(p -> params.put(p.name(), null));
            try {
                graph.read("EXPLAIN " + query.cypher(), params, r -> r);
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        FOLDER + "/" + query.name() + ".cypher does not compile: " + e.getMessage(), e);
            }
        }
    }

    public Collection<CannedQuery> all() {
        return queries.values();
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** Parses one file; {@code name} is the file name without {@code .cypher}. */
    static CannedQuery parse(String name, String text) {
        String title = null;
        String description = null;
        List<Parameter> parameters = new ArrayList<>();
        String browserParams = null;
        StringBuilder cypher = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = name + ".cypher:" + (i + 1) + ": ";
            Matcher header = HEADER.matcher(line);
            if (cypher.isEmpty() && header.matches()) {
                switch (header.group(1)) {
                    case "title" -> title = header.group(2).strip();
                    case "description" -> description = header.group(2).strip();
                    default -> parameters.add(parameter(where, header.group(2).strip()));
                }
            } else if (cypher.isEmpty() && line.startsWith(":param")) {
                browserParams = line;
            } else if (!(cypher.isEmpty() && (line.isEmpty() || line.startsWith("//")))) {
                cypher.append(lines[i].stripTrailing()).append('\n');
            }
        }
        String statement = cypher.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        String file = name + ".cypher: ";
        if (title == null || description == null) {
            throw new IllegalStateException(file + "the header needs '// title:' and '// description:' lines");
        }
        if (statement.isEmpty() || statement.contains(";")) {
            throw new IllegalStateException(file + "expected exactly one Cypher statement after the header");
        }
        if (browserParams == null) {
            throw new IllegalStateException(file + "the header needs a ':param {...};' line for the Neo4j Browser");
        }
        Set<String> declared = new HashSet<>();
        parameters.forEach(p -> declared.add(p.name()));
        Set<String> used = new TreeSet<>();
        Matcher m = USED.matcher(statement);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String u : used) {
            if (!declared.contains(u)) {
                throw new IllegalStateException(file + "$" + u + " is used but not declared with '// param:'");
            }
        }
        for (String d : declared) {
            if (!used.contains(d)) {
                throw new IllegalStateException(file + "parameter '" + d + "' is declared but never used");
            }
        }
        return new CannedQuery(name, title, description, List.copyOf(parameters), browserParams, statement);
    }

    private static Parameter parameter(String where, String text) {
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(where + "expected '// param: NAME TYPE required|optional|DEFAULT "
                    + "DESCRIPTION', got '" + text + "'");
        }
        Parameter.Type type = null;
        for (Parameter.Type t : Parameter.Type.values()) {
            if (t.code().equals(m.group(2).toLowerCase(Locale.ROOT))) {
                type = t;
            }
        }
        if (type == null) {
            throw new IllegalStateException(where + "unknown parameter type '" + m.group(2) + "'");
        }
        long min = m.group(3) == null ? Long.MIN_VALUE : Long.parseLong(m.group(3));
        long max = m.group(4) == null ? Long.MAX_VALUE : Long.parseLong(m.group(4));
        List<String> choices =
                m.group(5) == null ? List.of() : List.of(m.group(5).split("\\|"));
        String mode = m.group(6);
        boolean required = mode.equals("required");
        String defaultValue = required || mode.equals("optional") ? null : mode;
        Parameter parameter = new Parameter(
                m.group(1), type, required, defaultValue, min, max, m.group(7).strip(), choices);
        if (defaultValue != null) {
            try {
                parameter.convert(defaultValue);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "default of '" + parameter.name() + "': " + e.getMessage(), e);
            }
        }
        return parameter;
    }
}
