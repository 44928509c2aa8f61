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
    public static final int MAX_LIMIT = 10_000;
    public static final int MAX_LENGTH = 20_000;
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
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

    public AdHocQueries(Graph graph) {
        this.graph = graph;
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
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new QueryException(QueryException.Kind.BAD_REQUEST, "'limit' must be from 1 to " + MAX_LIMIT);
        }
        long seconds = timeoutSeconds == null ? TIMEOUT.toSeconds() : timeoutSeconds;
        if (seconds < 1 || seconds > TIMEOUT.toSeconds()) {
            throw new QueryException(QueryException.Kind.BAD_REQUEST, "'timeout' must be from 1 to "
                    + TIMEOUT.toSeconds() + " seconds");
        }
        String code = COMMENTS.matcher(cypher).replaceAll(" ");
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
