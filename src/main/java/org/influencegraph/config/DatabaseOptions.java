package org.influencegraph.config;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the graph lives: an embedded database in a data folder (the default), or any Neo4j reached
 * through {@code NEO4J_URI}. Every option has an environment variable; the README lists them all.
 */
public final class DatabaseOptions {

    @Option(
            names = "--uri",
            paramLabel = "URI",
            defaultValue = "${env:NEO4J_URI}",
            description = "Neo4j to use instead of the embedded database: bolt://, neo4j://, neo4j+s:// ... "
                    + "(env NEO4J_URI; default: none, embedded)")
    public URI uri;

    @Option(
            names = "--user",
            defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "Neo4j user (env NEO4J_USER; default: ${DEFAULT-VALUE})")
    public String user;

    @Option(
            names = "--password",
            defaultValue = "${env:NEO4J_PASSWORD}",
            arity = "0..1",
            interactive = false,
            description = "Neo4j password (env NEO4J_PASSWORD; default: none). The embedded database asks for "
                    + "--user and this password, or else for the one it keeps in neo4j-password in the data folder; "
                    + "with NEO4J_URI on this machine and no password, that file's is used.")
    public String password;

    @Option(
            names = "--no-db-auth",
            negatable = false,
            defaultValue = "${env:IG_NO_DB_AUTH:-false}",
            description = "Run the embedded database without a password, so that anyone on this machine and any web "
                    + "page open in its browsers can use its Bolt port (env IG_NO_DB_AUTH; default: ${DEFAULT-VALUE})")
    public boolean noDbAuth;

    @Option(
            names = "--database",
            defaultValue = "${env:NEO4J_DATABASE:-neo4j}",
            description = "Database name (env NEO4J_DATABASE; default: ${DEFAULT-VALUE})")
    public String database;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:IG_DATA:-data}",
            description = "Folder of the embedded database (env IG_DATA; default: ${DEFAULT-VALUE})")
    public Path dataDir;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "${env:IG_BIND:-127.0.0.1}",
            description =
                    "Address the embedded database and the API listen on (env IG_BIND; default: ${DEFAULT-VALUE})")
    public String bind;

    @Option(
            names = "--bolt-port",
            defaultValue = "${env:IG_BOLT_PORT:-7687}",
            description = "Bolt port of the embedded database (env IG_BOLT_PORT; default: ${DEFAULT-VALUE})")
    public int boltPort;

    @Option(
            names = "--browser-port",
            defaultValue = "${env:IG_BROWSER_PORT:-7474}",
            description =
                    "HTTP port of the embedded database, serving the Neo4j Browser (env IG_BROWSER_PORT; default: ${DEFAULT-VALUE})")
    public int browserPort;

    public boolean embedded() {
        return uri == null;
    }
}
