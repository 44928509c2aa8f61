package org.influencegraph.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.access.Access;
import org.influencegraph.access.DatabasePassword;
import org.influencegraph.access.Tokens;
import org.influencegraph.config.AccessOptions;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.config.LimitOptions;
import org.influencegraph.config.Limits;
import org.influencegraph.config.ServeOptions;
import org.influencegraph.extract.Nlp;
import org.influencegraph.graph.Graph;
import org.influencegraph.http.HostFilter;
import org.influencegraph.http.HttpApi;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.SampleData;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Starts the database (embedded unless NEO4J_URI says otherwise) and the HTTP API, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the HTTP API over the embedded database (with the Neo4j Browser) or over NEO4J_URI.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    ServeOptions serve;

    @Mixin
    AccessOptions access;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    /** How often the server checks whether the graph changed since its duplicates review. */
    private static final Duration DUPLICATES_WATCH = Duration.ofSeconds(5);

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        Limits checkedLimits = limits.limits();
        refuseOpenExposure();
        if (database.embedded() && database.noDbAuth) {
            spec.commandLine()
                    .getErr()
                    .println("warning: --no-db-auth: the embedded database asks no password, so "
                            + "anyone on this machine and any web page open in its browsers can read, change or wipe the graph "
                            + "over its Bolt port (" + database.boltPort + "), whatever the API's tokens say");
            spec.commandLine().getErr().flush();
        }
        Tokens tokens = Tokens.open(access.tokenFile(database.dataDir));
        var settings = new HttpApi.Settings(
                serve.corsOrigins(),
                serve.embedOrigins(),
                new Access(tokens, access.reads == AccessOptions.Reads.token),
                checkedLimits,
                new HostFilter.Names(serve.publicUrl(), database.bind));
        App app = App.open(database, true, serve.port);
        Javalin http;
        try {
            ImportReport sample = serve.noSample ? null : SampleData.loadIfEmpty(app.graph());
            if (sample != null) {
                out.printf(
                        "Loaded the sample data: %d records created.%n",
                        sample.total().created());
            }
            // Reviewed while the server starts, so that the first GET /api/duplicates finds the review ready.
            app.duplicates().watch(DUPLICATES_WATCH);
            http = start(app, settings);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            http.stop();
                            app.close();
                            stopped.countDown();
                        },
                        "shutdown"));
        printReady(out, app, http, started, tokens);
        warmUp(app);
        if (!serve.noNlpWarmup) {
            warmUpNlp(out);
        }
        stopped.await();
        return 0;
    }

    /** Plans every canned query in the background, so that the first answers come at full speed. */
    private static void warmUp(App app) {
        Thread warm = new Thread(
                () -> {
                    try {
                        app.queries().catalog().verify(app.graph());
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(ServeCommand.class)
                                .warn("could not plan the canned queries: {}", e.getMessage());
                    }
                },
                "query-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Loads the NLP models in the background, so that the first article posted does not wait for them; says
     * when they are ready and how long they took.
     */
    private static void warmUpNlp(PrintWriter out) {
        Thread warm = new Thread(
                () -> {
                    long t0 = System.nanoTime();
                    try {
                        Nlp.warmUp();
                        out.printf("NLP models loaded for articles (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
                        out.flush();
                    } catch (RuntimeException | OutOfMemoryError | LinkageError e) {
                        // The models missing beside the jar, or too small a heap: the first article posted will say so.
                        LoggerFactory.getLogger(ServeCommand.class)
                                .warn("could not load the NLP models: {}", e.toString());
                    }
                },
                "nlp-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Refuses to listen beyond this machine with reads open to anyone, or with the embedded database's ports
     * open without a password, unless the user said {@code --insecure}.
     */
    private void refuseOpenExposure() {
        if (loopback(database.bind) || access.insecure) {
            return;
        }
        if (access.reads == AccessOptions.Reads.open) {
            throw new UserError("--bind " + database.bind + " listens beyond this machine, where anyone could read "
                    + "the graph: add --reads token (IG_READS=token), or --insecure (IG_INSECURE=true) if that is "
                    + "what you want");
        }
        if (database.embedded() && database.noDbAuth) {
            throw new UserError("--bind " + database.bind + " with --no-db-auth would open the embedded database's "
                    + "Bolt and Browser ports to anyone: drop --no-db-auth (IG_NO_DB_AUTH), or add --insecure "
                    + "(IG_INSECURE=true) if that is what you want");
        }
    }

    private static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserError("--bind " + bind + " is not an address of this machine", e);
        }
    }

    private Javalin start(App app, HttpApi.Settings settings) {
        Javalin http = HttpApi.create(app, settings);
        try {
            return http.start(database.bind, serve.port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserError(
                            "port " + serve.port + " on " + database.bind + " is in use: stop what uses "
                                    + "it, or pick another with --port (IG_PORT)",
                            e);
                }
            }
            throw e;
        }
    }

    private void printReady(PrintWriter out, App app, Javalin http, long started, Tokens tokens) {
        Graph.Counts counts = app.graph().counts();
        String host = database.bind.equals("0.0.0.0") ? "localhost" : database.bind;
        out.println();
        out.printf("Influence Graph is ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);
        out.printf("  API       http://%s:%d/api/health  (docs: /api/docs)%n", host, http.port());
        if (app.embedded() != null) {
            if (database.noDbAuth) {
                out.printf("  Browser   %s  (no password)%n", app.embedded().browserLink(null));
            } else if (database.password != null && !database.password.isEmpty()) {
                out.printf(
                        "  Browser   %s  (user %s, the password given)%n",
                        app.embedded().browserLink(database.user), database.user);
            } else {
                out.printf("  Browser   %s%n", app.embedded().browserLink(database.user));
                out.printf(
                        "            user %s, password: `token show --neo4j` prints it (kept in %s)%n",
                        database.user, DatabasePassword.file(database.dataDir));
            }
            out.printf(
                    "  Guide     :play http://%s:%d/guide/influence-graph.html  (in the Browser)%n", host, http.port());
            out.printf("  Bolt      %s%n", app.embedded().boltUri());
            out.printf("  Data      %s%n", database.dataDir.toAbsolutePath().normalize());
        } else {
            out.printf("  Neo4j     %s (database %s)%n", database.uri, database.database);
        }
        out.printf("  Graph     %,d nodes, %,d relationships%n", counts.nodes(), counts.relationships());
        out.printf(
                "  Tokens    %s  (writes need the write token%s; `token show` prints it)%n",
                tokens.file(), access.reads == AccessOptions.Reads.token ? ", reads either token" : "; reads are open");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
