package org.influencegraph.graph;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.influencegraph.UserError;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A persistent Neo4j inside this process. It is reached like any other Neo4j, through the driver over
 * its Bolt port, so the embedded and the remote mode share one data-access path.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * The Browser's Content-Security-Policy. Neo4j's default lets it load fonts from Google and send
     * crash and session reports to Sentry whatever the telemetry setting says; this one lets it reach
     * only this server, the Bolt port (over HTTP for discovery, web sockets for queries) and the API (for
     * the guide), so opening the Browser tells no one.
     */
    static String browserCsp(int boltPort, int apiPort) {
        String bolt = boltPort > 0
                ? "http://*:%1$d https://*:%1$d ws://*:%1$d wss://*:%1$d".formatted(boltPort)
                : "http: https: ws: wss:";
        // The Influence Graph guide comes from the API, under either local name of this host.
        String guides = apiPort > 0 ? " http://localhost:%1$d http://127.0.0.1:%1$d".formatted(apiPort) : "";
        return "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
                + "connect-src 'self' " + bolt + guides;
    }

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final URI browserUri;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, URI browserUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.browserUri = browserUri;
    }

    /**
     * Starts the database in {@code dataDir}. A port of 0 picks a free one; a null browser port leaves
     * the HTTP connector (and so the Browser) off, as the command-line tools need no Browser.
     */
    public static EmbeddedNeo4j start(Path dataDir, String bind, int boltPort, Integer browserPort) {
        return start(dataDir, bind, boltPort, browserPort, Map.of());
    }

    /**
     * As {@link #start(Path, String, int, Integer)}, letting the Browser load guides from the API on {@code apiPort};
     * with {@code auth}, Bolt and the Browser ask for a user and password (set them with {@link #setPassword}).
     */
    public static EmbeddedNeo4j start(
            Path dataDir, String bind, int boltPort, Integer browserPort, int apiPort, boolean auth) {
        return start(
                dataDir,
                bind,
                boltPort,
                browserPort,
                Map.of(
                        ServerSettings.http_static_content_security_policy,
                        browserCsp(boltPort, apiPort),
                        GraphDatabaseSettings.auth_enabled,
                        auth));
    }

    /**
     * Makes {@code user} log in with {@code password} (creating the user if need be), without asking for a change
     * at the first login. Runs on the system database inside this process, before anyone can connect.
     */
    public void setPassword(String user, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN user",
                Map.of("user", user),
                result -> result.hasNext());
        try {
            system.executeTransactionally(
                    (exists ? "ALTER USER $user SET PASSWORD $password" : "CREATE USER $user SET PASSWORD $password")
                            + " CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            // Setting the password it already has is refused, and is what every restart does.
            if (!message.contains("cannot be the same")) {
                throw new UserError(
                        "the embedded database refused the password for user '" + user + "': " + message, e);
            }
        }
    }

    /** As {@link #start(Path, String, int, Integer)}, with further settings (benchmarks set the import folder). */
    public static EmbeddedNeo4j start(
            Path dataDir, String bind, int boltPort, Integer browserPort, Map<Setting<?>, Object> extra) {
        Map<Setting<?>, Object> settings = new java.util.HashMap<>(Map.ofEntries(
                Map.entry(GraphDatabaseSettings.auth_enabled, false),
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress(bind, boltPort)),
                Map.entry(HttpConnector.enabled, browserPort != null),
                Map.entry(HttpConnector.listen_address, new SocketAddress(bind, browserPort == null ? 0 : browserPort)),
                Map.entry(HttpsConnector.enabled, false),
                // The Browser is served from this port and needs no CORS; Neo4j's default "*" let any web page write.
                Map.entry(ServerSettings.http_access_control_allow_origin, browserOrigin(bind, browserPort)),
                // Journalists' privacy: no usage reports, no Browser telemetry, no remote guides.
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                Map.entry(ServerSettings.allow_telemetry, false),
                // Guides only from this machine: the Influence Graph guide is served next to the Browser.
                Map.entry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1"),
                Map.entry(ServerSettings.http_static_content_security_policy, browserCsp(boltPort, 0)),
                // Without these Bolt lingers for about ten seconds on shutdown.
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0),
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1)),
                Map.entry(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024),
                // A query that collects or sorts without end fails alone with a memory error, not the process.
                Map.entry(GraphDatabaseSettings.memory_transaction_max_size, 1024L * 1024 * 1024),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, "2 files")));
        if (boltPort > 0) {
            // The Browser's discovery (GET / on its port) tells it this address: the Bolt port actually used.
            settings.put(BoltConnector.advertised_address, new SocketAddress(advertisedHost(bind), boltPort));
        }
        settings.putAll(extra);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(settings)
                .build();
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var bolt = ports.getLocalAddress(ConnectorType.BOLT);
            URI boltUri = URI.create("bolt://" + hostForUri(bind) + ":" + bolt.getPort());
            URI browserUri = null;
            if (browserPort != null) {
                var http = ports.getLocalAddress(ConnectorType.HTTP);
                browserUri = URI.create("http://" + hostForUri(bind) + ":" + http.getPort() + "/browser/");
            }
            return new EmbeddedNeo4j(dbms, boltUri, browserUri);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** The only origin the HTTP port names in its CORS answers: its own, or none when its port is not known yet. */
    static String browserOrigin(String bind, Integer browserPort) {
        return browserPort == null || browserPort == 0 ? "" : "http://" + hostForUri(bind) + ":" + browserPort;
    }

    private static String advertisedHost(String bind) {
        return bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind;
    }

    private static String hostForUri(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            return "localhost";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    public URI boltUri() {
        return boltUri;
    }

    /** The Browser's address, or null when the HTTP connector is off. */
    public URI browserUri() {
        return browserUri;
    }

    /**
     * The Browser's address with its connect form filled in: this Bolt port, the database and {@code user}, so
     * that only the password is left to type; with a null user, no authentication, and it connects by itself.
     */
    public URI browserLink(String user) {
        if (browserUri == null) {
            return null;
        }
        String at = user == null ? "" : URLEncoder.encode(user, StandardCharsets.UTF_8) + "@";
        String dbms = boltUri.getScheme() + "://" + at + boltUri.getRawAuthority();
        return URI.create(browserUri + "?dbms=" + dbms + "&db=neo4j&preselectAuthMethod="
                + (user == null ? "NO_AUTH" : "NATIVE"));
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            dbms.shutdown();
        }
    }
}
