package org.influencegraph.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.config.Limits;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.QueryResult;

/**
 * Ad-hoc Cypher for power users, read-only and harmless whatever it says. Neo4j parses and plans each query
 * ({@code EXPLAIN}) before it runs, and it is refused when the plan holds an operator outside an allow-list of
 * reading ones (so {@code SHOW TRANSACTIONS}, {@code TERMINATE TRANSACTIONS}, {@code LOAD CSV} and every other
 * command are refused by what they are, not by how they are spelt), when the database reports anything but a
 * read, when it calls a procedure or function outside a short allow-list (APOC's loaders and Cypher runners would
 * reach the network or write), or when it expands a path of unbounded length. It then runs in a read transaction
 * with a timeout and a row limit.
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
                    + "merge|nodes|graph|util\\s*\\.\\s*sleep)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Read procedures that reach nothing outside the database. */
    private static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels",
            "db.relationshipTypes",
            "db.propertyKeys",
            "db.schema.visualization",
            "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships",
            "dbms.components");

    /**
     * The plan operators of reads: scans and seeks, expansions, filters, projections, aggregation, sorting,
     * paging, unions, joins and subqueries. Everything else (commands, writes, file loading) is refused.
     */
    private static final Set<String> READ_OPERATORS = Set.of(
            "ProduceResults",
            "AllNodesScan",
            "NodeByLabelScan",
            "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan",
            "SubtractionNodeByLabelsScan",
            "NodeByIdSeek",
            "NodeByElementIdSeek",
            "NodeIndexSeek",
            "NodeUniqueIndexSeek",
            "NodeIndexSeekByRange",
            "NodeUniqueIndexSeekByRange",
            "NodeIndexScan",
            "NodeIndexContainsScan",
            "NodeIndexEndsWithScan",
            "MultiNodeIndexSeek",
            "AssertingMultiNodeIndexSeek",
            "NodeCountFromCountStore",
            "RelationshipCountFromCountStore",
            "DirectedRelationshipByIdSeek",
            "UndirectedRelationshipByIdSeek",
            "DirectedRelationshipByElementIdSeek",
            "UndirectedRelationshipByElementIdSeek",
            "DirectedRelationshipTypeScan",
            "UndirectedRelationshipTypeScan",
            "DirectedUnionRelationshipTypesScan",
            "UndirectedUnionRelationshipTypesScan",
            "DirectedAllRelationshipsScan",
            "UndirectedAllRelationshipsScan",
            "DirectedRelationshipIndexSeek",
            "UndirectedRelationshipIndexSeek",
            "DirectedRelationshipIndexScan",
            "UndirectedRelationshipIndexScan",
            "DirectedRelationshipIndexSeekByRange",
            "UndirectedRelationshipIndexSeekByRange",
            "DirectedRelationshipIndexContainsScan",
            "UndirectedRelationshipIndexContainsScan",
            "DirectedRelationshipIndexEndsWithScan",
            "UndirectedRelationshipIndexEndsWithScan",
            "DirectedRelationshipUniqueIndexSeek",
            "UndirectedRelationshipUniqueIndexSeek",
            "Expand",
            "OptionalExpand",
            "VarLengthExpand",
            "BFSPruningVarExpand",
            "ShortestPath",
            "StatefulShortestPath",
            "Repeat",
            "Trail",
            "NullifyMetadata",
            "ProjectEndpoints",
            "Filter",
            "Projection",
            "CacheProperties",
            "Aggregation",
            "EagerAggregation",
            "OrderedAggregation",
            "Distinct",
            "OrderedDistinct",
            "Sort",
            "PartialSort",
            "Top",
            "PartialTop",
            "Limit",
            "ExhaustiveLimit",
            "Skip",
            "Unwind",
            "Union",
            "OrderedUnion",
            "Apply",
            "SemiApply",
            "AntiSemiApply",
            "LetSemiApply",
            "LetAntiSemiApply",
            "SelectOrSemiApply",
            "SelectOrAntiSemiApply",
            "LetSelectOrSemiApply",
            "LetSelectOrAntiSemiApply",
            "RollUpApply",
            "ConditionalApply",
            "AntiConditionalApply",
            "Optional",
            "Anti",
            "Argument",
            "ArgumentTracker",
            "CartesianProduct",
            "NodeHashJoin",
            "ValueHashJoin",
            "NodeLeftOuterHashJoin",
            "NodeRightOuterHashJoin",
            "Eager",
            "EmptyRow",
            "Selection",
            "TriadicSelection",
            "TriadicBuild",
            "TriadicFilter",
            "AssertSameNode",
            "AssertSameRelationship",
            "ProcedureCall",
            "PreserveOrder");
    /** The operators that expand paths of many hops, whose plan details carry the bounds. */
    private static final Set<String> PATH_OPERATORS =
            Set.of("VarLengthExpand", "BFSPruningVarExpand", "ShortestPath", "StatefulShortestPath", "Repeat", "Trail");
    /** A length in plan details: {@code *}, {@code *3}, {@code *2..}, {@code *..5}, {@code *2..5}. */
    private static final Pattern PLAN_LENGTH = Pattern.compile("\\*(\\d*)(\\.\\.(\\d*))?\\s*[\\]{]");
    /** A quantifier in plan details: {@code {1, }}, {@code {1, 5}}. */
    private static final Pattern PLAN_QUANTIFIER = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*(\\d*)\\s*\\}");

    /** How long past its timeout a query's answer is awaited before the caller is told it timed out. */
    private static final Duration GRACE = Duration.ofMillis(250);
    /** How long a terminated query may go on running before its thread is stopped. */
    private static final Duration STOP_AFTER = Duration.ofSeconds(1);
    /** The workers ad-hoc queries run on; the API's concurrency limit bounds how many are busy. */
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "ad-hoc-query");
        thread.setDaemon(true);
        return thread;
    });

    private final Graph graph;
    private final Duration timeout;
    private final int maxLimit;

    /** Ad-hoc queries with the default limits (10 s, 10,000 rows). */
    public AdHocQueries(Graph graph) {
        this(graph, Limits.DEFAULTS.queryTimeout(), Limits.DEFAULTS.maxRows());
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
        long started = System.nanoTime();
        if (cypher == null || cypher.isBlank()) {
            throw new UserError(Kind.INVALID, "'query' is required: the Cypher to run");
        }
        if (cypher.length() > MAX_LENGTH) {
            throw new UserError(
                    Kind.TOO_LARGE,
                    "the query is " + cypher.length() + " characters long; at most " + MAX_LENGTH + " are taken");
        }
        int rows = limit == null ? defaultLimit() : limit;
        if (rows < 1 || rows > maxLimit) {
            throw new UserError(Kind.INVALID, "'limit' must be from 1 to " + maxLimit);
        }
        long seconds = timeoutSeconds == null ? timeout.toSeconds() : timeoutSeconds;
        if (seconds < 1 || seconds > timeout.toSeconds()) {
            throw new UserError(Kind.INVALID, "'timeout' must be from 1 to " + timeout.toSeconds() + " seconds");
        }
        String code = COMMENTS.matcher(cypher).replaceAll(" ");
        checkPathLengths(STRINGS.matcher(code).replaceAll("''"));
        if (LOAD_CSV.matcher(code).find()) {
            throw new UserError(
                    Kind.UNPROCESSABLE, "LOAD CSV is not allowed here: use the " + "import command to load files");
        }
        var risky = RISKY_FUNCTIONS.matcher(code);
        if (risky.find()) {
            throw new UserError(
                    Kind.UNPROCESSABLE,
                    "'" + risky.group().replaceAll("\\s", "")
                            + "' is not allowed here: ad-hoc queries only read the graph");
        }
        Graph.Explained explained = explain(cypher, params);
        if (!explained.queryType().equals("READ_ONLY")) {
            throw new UserError(
                    Kind.UNPROCESSABLE,
                    "only read queries are allowed here; this one " + describe(explained.queryType()));
        }
        checkOperators(explained.operators());
        List<String> refused = explained.procedures().stream()
                .filter(p -> !ALLOWED_PROCEDURES.contains(p))
                .toList();
        if (!refused.isEmpty()) {
            throw new UserError(
                    Kind.UNPROCESSABLE,
                    "procedure " + refused.get(0) + " is not allowed here; allowed: "
                            + new TreeSet<>(ALLOWED_PROCEDURES));
        }
        return answer(cypher, params, seconds, rows, started);
    }

    /**
     * Runs the query on a worker and waits for it at most its timeout and a little more: an expression that never
     * looks at its transaction's termination flag keeps the database busy past the timeout, and the caller hears
     * 503 in time all the same, while the transaction is terminated behind it.
     */
    private QueryResult answer(String cypher, Map<String, Object> params, long seconds, int rows, long started) {
        String tag = UUID.randomUUID().toString();
        Future<QueryResult> answer =
                RUNNER.submit(() -> graph.query(cypher, params, Duration.ofSeconds(seconds), rows, tag));
        try {
            long waited = (System.nanoTime() - started) / 1_000_000;
            return answer.get(
                    Math.max(0, TimeUnit.SECONDS.toMillis(seconds) + GRACE.toMillis() - waited), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Terminated before the answer if that is quick, so that the caller's next query does not meet this
            // one still running; the answer waits no longer than the grace.
            Future<Graph.Connection> terminated = RUNNER.submit(() -> graph.terminate(tag));
            RUNNER.submit(() -> {
                Graph.Connection connection = terminated.get();
                if (connection != null) {
                    graph.stopRunaway(tag, connection, STOP_AFTER, () -> !answer.isDone());
                }
                // An interrupted driver gives up waiting and closes its connection.
                answer.cancel(true);
                return connection;
            });
            try {
                terminated.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | InterruptedException stillTerminating) {
                // The answer goes out now; the termination goes on behind it.
            }
            throw Graph.QueryFailed.timedOut(Duration.ofSeconds(seconds));
        }
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

    /**
     * Refuses a plan with an operator that is no read, and one that expands paths without a bound: the real
     * parse behind the quick checks on the text, which catches every spelling ({@code -->+}, {@code ((x)-->(y))*},
     * {@code {2,}}).
     */
    private static void checkOperators(List<Graph.Operator> operators) {
        for (Graph.Operator operator : operators) {
            String kind = operator.type().replaceFirst("\\(.*$", "");
            if (!READ_OPERATORS.contains(kind)) {
                throw new UserError(
                        Kind.UNPROCESSABLE,
                        "'" + kind + "' is not allowed here: "
                                + "ad-hoc queries only read the graph, with MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, "
                                + "RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { ... } subqueries and the procedures "
                                + new TreeSet<>(ALLOWED_PROCEDURES));
            }
            if (PATH_OPERATORS.contains(kind)) {
                String details = operator.details();
                var lengths = PLAN_LENGTH.matcher(details);
                while (lengths.find()) {
                    refuseUnbounded(
                            details.strip().replaceAll("\\s+", " "),
                            lengths.group(2) != null ? lengths.group(3) : lengths.group(1));
                }
                var quantifiers = PLAN_QUANTIFIER.matcher(details);
                while (quantifiers.find()) {
                    refuseUnbounded(details.strip().replaceAll("\\s+", " "), quantifiers.group(2));
                }
            }
        }
    }

    private static void refuseUnbounded(String pattern, String upper) {
        if (upper == null || upper.isEmpty() || Long.parseLong(upper) > MAX_HOPS) {
            throw new UserError(
                    Kind.UNPROCESSABLE,
                    "'" + pattern + "': variable-length "
                            + "patterns need an upper bound of at most " + MAX_HOPS + ", such as *1.." + MAX_HOPS
                            + " or {1,"
                            + MAX_HOPS + "}");
        }
    }

    private Graph.Explained explain(String cypher, Map<String, Object> params) {
        try {
            return graph.explain(cypher, params);
        } catch (Graph.QueryFailed e) {
            throw new UserError(Kind.UNPROCESSABLE, "Neo4j cannot run this query: " + e.reason());
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
