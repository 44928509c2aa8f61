package org.influencegraph;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.influencegraph.access.DatabasePassword;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.EmbeddedNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.influencegraph.query.QueryCatalog;
import org.influencegraph.query.QueryService;
import org.influencegraph.resolve.DuplicateReview;
import org.influencegraph.resolve.NameIndex;
import org.neo4j.kernel.lifecycle.LifecycleException;

/**
 * The one place that wires the application: which database (embedded or remote), the driver over it, the
 * schema and the canned queries. Every command opens an {@code App} and closes it when done.
 */
public final class App implements AutoCloseable {

    private final EmbeddedNeo4j embedded;
    private final Graph graph;
    private final QueryService queries;
    private final DuplicateReview duplicates;

    private App(EmbeddedNeo4j embedded, Graph graph, QueryService queries) {
        this.embedded = embedded;
        this.graph = graph;
        this.queries = queries;
        this.duplicates = new DuplicateReview(graph);
    }

    /**
     * Opens the database the options name and applies the schema. {@code serving} starts the embedded
     * database on its fixed Bolt and Browser ports; the command-line tools take a free Bolt port instead.
     */
    public static App open(DatabaseOptions options, boolean serving) {
        return open(options, serving, 0);
    }

    /**
     * As {@link #open(DatabaseOptions, boolean)}; {@code apiPort} is where the HTTP API will listen, so that
     * the Browser may load the guide the API serves (0 when there is no API).
     */
    public static App open(DatabaseOptions options, boolean serving, int apiPort) {
        boolean given = options.password != null && !options.password.isEmpty();
        if (!options.embedded()) {
            return withSchema(null, connectRemote(options, given));
        }
        if (!options.database.equals("neo4j")) {
            throw new UserError("--database (NEO4J_DATABASE) applies only with NEO4J_URI: "
                    + "the embedded database is always 'neo4j'");
        }
        if (given && options.noDbAuth) {
            throw new UserError("--no-db-auth (IG_NO_DB_AUTH) and --password (NEO4J_PASSWORD) contradict each other: "
                    + "drop one");
        }
        boolean auth = !options.noDbAuth;
        EmbeddedNeo4j embedded = startEmbedded(options, serving, apiPort, auth);
        try {
            // Checked and set from inside the process before anyone connects; the file is made on the first start.
            String password = !auth ? null : given ? options.password : DatabasePassword.open(options.dataDir);
            if (auth) {
                embedded.setPassword(options.user, password);
                if (!options.user.equals("neo4j")) {
                    // Else Neo4j's first user keeps its default password, which anyone may log in with and change.
                    embedded.setPassword("neo4j", password);
                }
            }
            Graph graph = Graph.connect(
                    embedded.boltUri(), auth ? options.user : null, password, "neo4j", Graph.Mode.EMBEDDED);
            return withSchema(embedded, graph);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /**
     * Connects to NEO4J_URI; with no password given and the URI on this machine, with the password that a
     * `serve` keeps in the data folder, so that a command pointed at it needs no typing.
     */
    private static Graph connectRemote(DatabaseOptions options, boolean given) {
        if (given || options.dataDir == null || !onThisMachine(options.uri)) {
            return Graph.connect(options.uri, options.user, options.password, options.database, Graph.Mode.REMOTE);
        }
        Path file = DatabasePassword.file(options.dataDir);
        var kept = DatabasePassword.find(options.dataDir);
        try {
            return Graph.connect(options.uri, options.user, kept.orElse(null), options.database, Graph.Mode.REMOTE);
        } catch (UserError e) {
            if (e.kind() != UserError.Kind.UNAUTHENTICATED) {
                throw e;
            }
            throw new UserError(
                    e.kind(),
                    e.getMessage()
                            + (kept.isPresent()
                                    ? "; the password tried is the one in " + file
                                            + ": is NEO4J_URI the `serve` of that data folder?"
                                    : "; a `serve` of this machine keeps its password in neo4j-password in its data folder, "
                                            + "and there is none in " + file.getParent())
                            + " (point --data, IG_DATA, at the server's data folder)",
                    e);
        }
    }

    private static boolean onThisMachine(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static App withSchema(EmbeddedNeo4j embedded, Graph graph) {
        try {
            Schema.apply(graph);
            NameIndex.refresh(graph);
            return new App(embedded, graph, new QueryService(QueryCatalog.load(), graph));
        } catch (RuntimeException e) {
            graph.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static EmbeddedNeo4j startEmbedded(DatabaseOptions options, boolean serving, int apiPort, boolean auth) {
        var dir = options.dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError(
                    "cannot create the data folder " + dir + ": " + e.getMessage()
                            + "; pick another with --data (IG_DATA)",
                    e);
        }
        if (!Files.isWritable(dir) || !Files.isReadable(dir)) {
            throw new UserError("cannot read and write the data folder " + dir
                    + ": fix its permissions or pick another with --data (IG_DATA)");
        }
        try {
            return serving
                    ? EmbeddedNeo4j.start(dir, options.bind, options.boltPort, options.browserPort, apiPort, auth)
                    : EmbeddedNeo4j.start(
                            dir,
                            "127.0.0.1",
                            0,
                            null,
                            java.util.Map.of(org.neo4j.configuration.GraphDatabaseSettings.auth_enabled, auth));
        } catch (RuntimeException e) {
            throw explain(e, options, dir.toString());
        }
    }

    /** Turns the embedded database's start-up failures into what the user should do about them. */
    private static RuntimeException explain(RuntimeException e, DatabaseOptions options, String dir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof BindException || message.contains("already in use")) {
                return new UserError(
                        "a port of the embedded database is in use (Bolt " + options.boltPort
                                + ", Browser " + options.browserPort + "): stop what uses it, or pick others with "
                                + "--bolt-port and --browser-port (IG_BOLT_PORT, IG_BROWSER_PORT)",
                        e);
            }
            if (t.getClass().getSimpleName().equals("FileLockException") || message.contains("locked")) {
                return new UserError(
                        "the data folder " + dir + " is in use by another process (is `serve` "
                                + "running?): stop it, point at it with NEO4J_URI=bolt://127.0.0.1:" + options.boltPort
                                + ", or pick another folder with --data",
                        e);
            }
            if (t instanceof AccessDeniedException) {
                return new UserError(
                        "cannot read or write " + t.getMessage() + " in the data folder " + dir
                                + ": fix its permissions or pick another folder with --data",
                        e);
            }
        }
        if (e instanceof LifecycleException) {
            return new UserError(
                    "the embedded database in " + dir + " failed to start: " + rootMessage(e) + "; see " + dir
                            + "/logs/debug.log",
                    e);
        }
        return e;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public Graph graph() {
        return graph;
    }

    /** The canned queries, parsed and checked at start-up. */
    public QueryService queries() {
        return queries;
    }

    /** The duplicates review of the whole graph, kept between requests; {@code serve} has it watch the graph. */
    public DuplicateReview duplicates() {
        return duplicates;
    }

    /** The embedded database, or null when the graph is remote. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    @Override
    public void close() {
        duplicates.close();
        graph.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
