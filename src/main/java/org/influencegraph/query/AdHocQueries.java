package org.influencegraph.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.QueryResult;

/**
 * Ad-hoc Cypher for power users, read-only whatever it says. A query is refused before it runs when it
 * loads files or URLs ({@code LOAD CSV}), when {@code EXPLAIN} reports anything but a read, or when it
 * calls a procedure or function outside a short allow-list (APOC's loaders and Cypher runners would reach
 * the network or write). It then runs in a read transaction with a timeout and a row limit.
 */
public final class AdHocQueries {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LENGTH = 20_000;
    /** The longest variable-length pattern an ad-hoc query may ask for. */
    public static final int MAX_HOPS = 10;

    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`");
    /** {@code *}, {@code *3}, {@code *2..}, {@code *..5}, {@code *2..5} closing a relationship pattern. */
    private static final Pattern VAR_LENGTH = Pattern.compile("\\*\\s*(\\d*)\\s*(\\.\\.\\s*(\\d*))?\\s*(?=[\\]{])");
    /** A quantified path pattern's {@code {m,n}}, {@code {m,}} or {@code {n}}. */
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\s*(\\d*)\\s*(,\\s*(\\d*))?\\s*\\}");
    private static final Pattern LOAD_CSV = Pattern.compile("\\bLOAD\\s+CSV\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RISKY_FUNCTIONS = Pattern.compile(
            "\\bapoc\\s*\\.\\s*(load|import|export|periodic|cypher|do|trigger|custom|systemdb|log|refactor|create|"
                    + "merge|nodes|graph|util\\s*\\.\\s*sleep)\\b", Pattern.CASE_INSENSITIVE);
    /** Read procedures that reach nothing outside the database. */
    private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes",
            "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
            "dbms.components");

    private final Graph graph;
    private final Duration timeout;
    private final int maxLimit;

    /** Ad-hoc queries with the default limits (10 s, 10,000 rows). */
    public AdHocQueries(Graph graph) {
        this(graph, org.influencegraph.config.Limits.DEFAULTS.queryTimeout(),
                org.influencegraph.config.Limits.DEFAULTS.maxRows());
    }

    /** Ad-hoc queries stopped after at most {@code timeout}, answering at most {@code maxLimit} rows. */
    public AdHocQueries(Graph graph, Duration timeout, int maxLimit) {
        this.graph = graph;
        this.timeout = timeout;
        this.maxLimit = maxLimit;
    }

    /** The longest a query may run. */
    public Duration timeout() {
        return timeout;
    }

    /** The most rows a query may answer. */
    public int maxLimit() {
        return maxLimit;
    }

    /** The rows a query answers when it does not say. */
    public int defaultLimit() {
        return Math.min(DEFAULT_LIMIT, maxLimit);
    }

    /**
     * The answer of a read query, cut at {@code limit} rows and stopped after {@code timeoutSeconds} (null
     * for the defaults; a request may shorten the timeout, not lengthen it).
     */
    public QueryResult run(String cypher, Map<String, Object> params, Integer limit, Integer timeoutSeconds) {
        if (cypher == null || cypher.isBlank()) {
            throw new QueryException(QueryException.Kind.BAD_REQUEST, "'query' is required: the Cypher to run");
        }
        if (cypher.length() > MAX_LENGTH) {
            throw new QueryException(QueryException.Kind.TOO_LARGE, "the query is " + cypher.length()
                    + " characters long; at most " + MAX_LENGTH + " are taken");
        }
        int rows = limit == null ? defaultLimit() : limit;
        if (rows < 1 || rows > maxLimit) {
            throw new QueryException(QueryException.Kind.BAD_REQUEST, "'limit' must be from 1 to " + maxLimit);
        }
        long seconds = timeoutSeconds == null ? timeout.toSeconds() : timeoutSeconds;
        if (seconds < 1 || seconds > timeout.toSeconds()) {
            throw new QueryException(QueryException.Kind.BAD_REQUEST, "'timeout' must be from 1 to "
                    + timeout.toSeconds() + " seconds");
        }
        String code = COMMENTS.matcher(cypher).replaceAll(" ");
        checkPathLengths(STRINGS.matcher(code).replaceAll("''"));
        if (LOAD_CSV.matcher(code).find()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "LOAD CSV is not allowed here: use the "
                    + "import command to load files");
        }
        var risky = RISKY_FUNCTIONS.matcher(code);
        if (risky.find()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "'" + risky.group().replaceAll("\\s", "")
                    + "' is not allowed here: ad-hoc queries only read the graph");
        }
        Graph.Explained explained = explain(cypher, params);
        if (!explained.queryType().equals("READ_ONLY")) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "only read queries are allowed here; this one "
                    + describe(explained.queryType()));
        }
        List<String> refused = explained.procedures().stream().filter(p -> !ALLOWED_PROCEDURES.contains(p)).toList();
        if (!refused.isEmpty()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "procedure " + refused.get(0)
                    + " is not allowed here; allowed: " + new java.util.TreeSet<>(ALLOWED_PROCEDURES));
        }
        return graph.query(cypher, params, Duration.ofSeconds(seconds), rows);
    }

    /**
     * Refuses variable-length patterns without an upper bound, or with one above {@link #MAX_HOPS}: on a
     * well-connected graph their cost grows exponentially with the length, and the timeout alone would let each
     * such query hold a worker for its full time.
     */
    private static void checkPathLengths(String code) {
        var lengths = VAR_LENGTH.matcher(code);
        while (lengths.find()) {
            String exact = lengths.group(1);
            boolean range = lengths.group(2) != null;
            String upper = range ? lengths.group(3) : exact;
            refuseUnbounded(lengths.group(), upper);
        }
        var quantifiers = QUANTIFIER.matcher(code);
        while (quantifiers.find()) {
            boolean range = quantifiers.group(2) != null;
            if (range || !quantifiers.group(1).isEmpty()) {
                refuseUnbounded(quantifiers.group(), range ? quantifiers.group(3) : quantifiers.group(1));
            }
        }
    }

    private static void refuseUnbounded(String pattern, String upper) {
        if (upper == null || upper.isEmpty() || Long.parseLong(upper) > MAX_HOPS) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "'" + pattern + "': variable-length "
                    + "patterns need an upper bound of at most " + MAX_HOPS + ", such as *1.." + MAX_HOPS + " or {1,"
                    + MAX_HOPS + "}");
        }
    }

    private Graph.Explained explain(String cypher, Map<String, Object> params) {
        try {
            return graph.explain(cypher, params);
        } catch (Graph.QueryFailed e) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "Neo4j cannot run this query: " + e.getMessage());
        }
    }

    private static String describe(String queryType) {
        return switch (queryType) {
            case "READ_WRITE", "WRITE_ONLY" -> "writes to the graph";
            case "SCHEMA_WRITE" -> "changes the schema or administers the database";
            default -> "is of type " + queryType;
        };
    }
}
