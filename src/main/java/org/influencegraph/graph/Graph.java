package org.influencegraph.graph;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.UserError;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;

/**
 * The one way into the database, for the embedded and the remote mode alike: a driver, a database name,
 * reads routed to readers and writes in retryable transactions.
 */
public final class Graph implements AutoCloseable {

    /** Where the database runs. */
    public enum Mode {
        EMBEDDED,
        REMOTE
    }

    /** The backstop for lookups that have no timeout of their own: no read runs on for ever. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private static final String COUNT_NODES = Resources.read("cypher/lookups/count-nodes.cypher");
    private static final String COUNT_RELATIONSHIPS = Resources.read("cypher/lookups/count-relationships.cypher");
    private static final String STABLE_IDS = Resources.read("cypher/lookups/stable-ids.cypher");

    /** The metadata key that tags an ad-hoc query's transaction. */
    private static final String TAG = "influenceGraphQuery";

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([\\w.]+)\\s*\\(");

    private final Driver driver;
    private final String database;
    private final Mode mode;
    private final QueryConfig readConfig;
    private final QueryConfig writeConfig;

    private Graph(Driver driver, String database, Mode mode) {
        this.driver = driver;
        this.database = database;
        this.mode = mode;
        this.readConfig = QueryConfig.builder()
                .withDatabase(database)
                .withRouting(RoutingControl.READ)
                .withTimeout(READ_TIMEOUT)
                .build();
        this.writeConfig = QueryConfig.builder()
                .withDatabase(database)
                .withRouting(RoutingControl.WRITE)
                .build();
    }

    /** Connects and checks that the database answers, turning the usual failures into one clear line. */
    public static Graph connect(URI uri, String user, String password, String database, Mode mode) {
        AuthToken auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withUserAgent("influence-graph")
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new UserError("NEO4J_URI " + uri + " is not a Neo4j address (" + e.getMessage()
                    + "); use bolt://host:7687, neo4j://host:7687 or neo4j+s://host");
        }
        Graph graph = new Graph(driver, database, mode);
        try {
            driver.verifyConnectivity();
            graph.read("RETURN 1 AS ok", Map.of(), r -> r.get("ok").asInt());
            return graph;
        } catch (AuthenticationException e) {
            driver.close();
            throw new UserError(
                    UserError.Kind.UNAUTHENTICATED,
                    "Neo4j at " + uri + " refused user '" + user
                            + "' with this password: set NEO4J_USER and NEO4J_PASSWORD (or --user, --password)",
                    e);
        } catch (SecurityException e) {
            driver.close();
            throw new UserError(
                    UserError.Kind.FORBIDDEN, "Neo4j at " + uri + " refused the connection: " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new UserError(
                    UserError.Kind.UNAVAILABLE,
                    "cannot reach Neo4j at " + uri + ": " + e.getMessage()
                            + "; check NEO4J_URI, or unset it to use the embedded database",
                    e);
        } catch (ClientException e) {
            driver.close();
            if (e.code() != null && e.code().contains("DatabaseNotFound")) {
                throw new UserError(
                        UserError.Kind.NOT_FOUND,
                        "Neo4j at " + uri + " has no database '" + database
                                + "': set NEO4J_DATABASE (or --database) to an existing one",
                        e);
            }
            throw new UserError("Neo4j at " + uri + " answered: " + e.getMessage(), e);
        }
    }

    /** For the schema migrations, which run their own sessions. */
    Driver driver() {
        return driver;
    }

    public Mode mode() {
        return mode;
    }

    public String database() {
        return database;
    }

    /** Runs a read query and maps each row at this edge of the graph package. */
    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Row, T> mapper) {
        try {
            return driver.executableQuery(cypher)
                    .withParameters(params)
                    .withConfig(readConfig)
                    .execute(Collectors.mapping(r -> mapper.apply(new Row(r)), Collectors.toList()));
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** Runs a write in one retryable transaction (the driver retries it on transient failures: keep it idempotent). */
    public <T> List<T> write(String cypher, Map<String, Object> params, Function<Row, T> mapper) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(tx -> tx.run(cypher, params).list(r -> mapper.apply(new Row(r))));
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** Runs several statements in one retryable write transaction (keep the work idempotent: it may run again). */
    <T> T inWriteTransaction(Function<org.neo4j.driver.TransactionContext, T> work) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(work::apply);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** Runs a statement outside an explicit transaction, as schema changes and {@code CALL {} IN TRANSACTIONS} need. */
    public void autoCommit(String cypher, Map<String, Object> params) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            session.run(cypher, params).consume();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /**
     * Runs a read once, without the driver's retries: for health checks, which must answer at once when
     * the database is gone rather than retry for half a minute.
     */
    public <T> List<T> readOnce(String cypher, Map<String, Object> params, Function<Row, T> mapper) {
        try (var session = readSession()) {
            return session.run(cypher, params).list(r -> mapper.apply(new Row(r)));
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /**
     * The one mapping of the driver's "database gone" failures (no server, or a session lost to a cluster change),
     * which every way into the database turns into: the HTTP API answers it 503, the command line one line.
     */
    static UserError unavailable(Neo4jException e) {
        return new UserError(UserError.Kind.UNAVAILABLE, "Neo4j cannot be reached: " + e.getMessage(), e);
    }

    /**
     * Runs a read query for an answer of at most {@code maxRows} rows, in a read transaction (READ routing on
     * a cluster) that the server stops after {@code timeout}. The values come back plain.
     */
    public QueryResult query(String cypher, Map<String, Object> params, Duration timeout, int maxRows) {
        return query(cypher, params, timeout, maxRows, null);
    }

    /**
     * As {@link #query(String, Map, Duration, int)}, its transaction tagged with {@code tag} (when not null) so that
     * {@link #terminate(String)} can stop it from another thread.
     */
    public QueryResult query(String cypher, Map<String, Object> params, Duration timeout, int maxRows, String tag) {
        var config = TransactionConfig.builder().withTimeout(timeout);
        if (tag != null) {
            config.withMetadata(Map.of(TAG, tag));
        }
        // One try, no retries: a query stopped at its deadline or its memory limit would only fail again.
        try (var session = readSession();
                var tx = session.beginTransaction(config.build())) {
            var result = tx.run(cypher, params);
            PlainValues values = new PlainValues();
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                rows.add(values.row(result.next()));
            }
            List<String> columns = result.keys();
            result.consume();
            values.learn(stableIds(tx, values.unknownEnds(rows)));
            List<Map<String, Object>> finished = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                Map<String, Object> done = (Map<String, Object>) values.finish(row);
                finished.add(done);
            }
            tx.commit();
            return new QueryResult(columns, finished, truncated);
        } catch (ClientException | TransientException e) {
            throw QueryFailed.of(e, timeout);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** The stable ids ({@code id} property, else the element id) of nodes known by element id. */
    private static Map<String, String> stableIds(SimpleQueryRunner tx, Set<String> elementIds) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        tx.run(STABLE_IDS, Map.of("ids", List.copyOf(elementIds)))
                .forEachRemaining(
                        r -> out.put(r.get("element").asString(), r.get("id").asString()));
        return out;
    }

    /**
     * Terminates the transaction tagged {@code tag} by {@link #query(String, Map, Duration, int, String)}, as the
     * database does at its timeout; answers the connection it runs on, or null when it has ended.
     */
    public Connection terminate(String tag) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            var found = running(session, tag);
            if (found == null) {
                return null;
            }
            session.run(
                            "TERMINATE TRANSACTIONS $id",
                            Map.of("id", found.get("transactionId").asString()))
                    .consume();
            return new Connection(
                    found.get("connectionId").asString(),
                    found.get("clientAddress").asString());
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("TransactionNotFound")) {
                return null;
            }
            throw e;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /**
     * When the terminated transaction tagged {@code tag} still runs {@code grace} later inside this process while
     * {@code stillWaiting} (its connection is not yet back in the pool, where another query could take it), stops
     * its thread ({@link Runaways}).
     */
    public void stopRunaway(String tag, Connection connection, Duration grace, BooleanSupplier stillWaiting) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            long deadline = System.nanoTime() + grace.toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (running(session, tag) == null) {
                    return;
                }
            }
            if (stillWaiting.getAsBoolean()) {
                Runaways.stop(connection.id(), connection.clientAddress());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** The Bolt connection a transaction runs on, as {@code SHOW TRANSACTIONS} names it. */
    public record Connection(String id, String clientAddress) {}

    private static Record running(Session session, String tag) {
        List<Record> found = session.run(
                        "SHOW TRANSACTIONS YIELD transactionId, metaData, connectionId, clientAddress "
                                + "WHERE metaData[$key] = $tag RETURN transactionId, connectionId, clientAddress",
                        Map.of("key", TAG, "tag", tag))
                .list();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Streams the answer of a read query row by row, in plain values, without holding it in memory (the
     * driver fetches it in batches). Runs once, without retries, as rows already handed on cannot be taken
     * back.
     */
    public void stream(String cypher, Map<String, Object> params, Consumer<Map<String, Object>> rows) {
        try (var session = readSession()) {
            var result = session.run(cypher, params);
            PlainValues values = new PlainValues();
            while (result.hasNext()) {
                Map<String, Object> plain = values.row(result.next());
                Set<String> unknown = values.unknownEnds(plain);
                if (!unknown.isEmpty()) {
                    // The open result holds the session: the ends are looked up in one of their own.
                    try (var lookup = readSession()) {
                        values.learn(lookup.executeRead(tx -> stableIds(tx, unknown)));
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) values.finish(plain);
                rows.accept(row);
            }
        } catch (ClientException e) {
            throw QueryFailed.of(e, null);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /**
     * What the database would do with a query, without running it: its query type ({@code r}, {@code rw},
     * {@code w} or {@code s}) and the procedures its plan calls.
     */
    public Explained explain(String cypher, Map<String, Object> params) {
        try (var session = readSession()) {
            var summary = session.run("EXPLAIN " + cypher, params).consume();
            Set<String> procedures = new TreeSet<>();
            collectProcedures(summary.plan(), procedures);
            List<Operator> operators = new ArrayList<>();
            collectOperators(summary.plan(), operators);
            return new Explained(summary.queryType().name(), procedures, operators);
        } catch (ClientException e) {
            throw QueryFailed.of(e, null);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    private static void collectProcedures(Plan plan, Set<String> procedures) {
        if (plan.operatorType().startsWith("ProcedureCall")) {
            String details =
                    plan.arguments().getOrDefault("Details", Values.value("")).asString();
            var m = PROCEDURE_NAME.matcher(details);
            procedures.add(m.find() ? m.group(1) : details);
        }
        plan.children().forEach(child -> collectProcedures(child, procedures));
    }

    private static void collectOperators(Plan plan, List<Operator> operators) {
        String details =
                plan.arguments().getOrDefault("Details", Values.value("")).asString();
        operators.add(new Operator(plan.operatorType().replaceFirst("@.*$", ""), details));
        plan.children().forEach(child -> collectOperators(child, operators));
    }

    /**
     * A query the database refused (bad syntax, a write in a read transaction, an unknown procedure) or stopped
     * for its memory, both unprocessable as sent, or one stopped at its timeout; {@link #reason()} is the
     * database's own message.
     */
    public static final class QueryFailed extends UserError {
        private static final long serialVersionUID = 1L;
        private final String reason;

        private QueryFailed(Kind kind, String message, String reason, Throwable cause) {
            super(kind, message, cause);
            this.reason = reason;
        }

        /** The failure of a query that ran with {@code timeout} (null: the database's own). */
        static QueryFailed of(Neo4jException e, Duration timeout) {
            String code = String.valueOf(e.code());
            if (code.contains("MemoryPoolOutOfMemory")) {
                return new QueryFailed(
                        Kind.UNPROCESSABLE,
                        "the query needed more memory than a query may use and "
                                + "was stopped; narrow it, or return fewer or smaller values",
                        e.getMessage(),
                        e);
            }
            if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
                return new QueryFailed(Kind.TIMED_OUT, ranLonger(timeout), e.getMessage(), e);
            }
            return new QueryFailed(Kind.UNPROCESSABLE, "Neo4j refused the query: " + e.getMessage(), e.getMessage(), e);
        }

        /** A query that was still running at its {@code timeout} and was stopped. */
        public static QueryFailed timedOut(Duration timeout) {
            return new QueryFailed(
                    Kind.TIMED_OUT, ranLonger(timeout), "still running after " + timeout.toSeconds() + " s", null);
        }

        private static String ranLonger(Duration timeout) {
            return "the query ran longer than " + (timeout == null ? "the database allows" : timeout.toSeconds() + " s")
                    + " and was stopped; narrow it";
        }

        /** What the database said. */
        public String reason() {
            return reason;
        }
    }

    /**
     * The query type of a query, the procedures it calls and every operator of its plan, as {@code EXPLAIN}
     * reports them.
     */
    public record Explained(String queryType, Set<String> procedures, List<Operator> operators) {}

    /** One operator of a plan: its type without the database suffix ({@code Expand(All)}) and its details. */
    public record Operator(String type, String details) {}

    /** A session for reads, routed to readers on a cluster. */
    private Session readSession() {
        return driver.session(SessionConfig.builder()
                .withDatabase(database)
                .withDefaultAccessMode(AccessMode.READ)
                .build());
    }

    public Counts counts() {
        long nodes = readOnce(COUNT_NODES, Map.of(), r -> r.get("c").asLong()).get(0);
        long relationships = readOnce(
                        COUNT_RELATIONSHIPS, Map.of(), r -> r.get("c").asLong())
                .get(0);
        return new Counts(nodes, relationships);
    }

    public ServerInfo serverInfo() {
        return readOnce(
                        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
                        Map.of(),
                        r -> new ServerInfo(
                                r.get("name").asString(),
                                r.get("version").asString(),
                                r.get("edition").asString()))
                .get(0);
    }

    @Override
    public void close() {
        driver.close();
    }

    /** How many nodes and relationships the database holds. */
    public record Counts(long nodes, long relationships) {}

    /** What the server says it is. */
    public record ServerInfo(String name, String version, String edition) {}
}
