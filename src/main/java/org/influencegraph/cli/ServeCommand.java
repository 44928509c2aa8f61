package org.influencegraph.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.config.ServeOptions;
import org.influencegraph.graph.Graph;
import org.influencegraph.http.HttpApi;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.SampleData;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts the database (embedded unless NEO4J_URI says otherwise) and the HTTP API, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API over the embedded database (with the Neo4j Browser) or over NEO4J_URI.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    ServeOptions serve;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        App app = App.open(database, true, serve.port);
        Javalin http;
        try {
            ImportReport sample = serve.noSample ? null : SampleData.loadIfEmpty(app.graph());
            if (sample != null) {
                out.printf("Loaded the sample data: %d records created.%n", sample.total().created());
            }
            http = start(app);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop();
            app.close();
            stopped.countDown();
        }, "shutdown"));
        printReady(out, app, http, started);
        warmUp(app);
        stopped.await();
        return 0;
    }

    /** Plans every canned query in the background, so that the first answers come at full speed. */
    private static void warmUp(App app) {
        Thread warm = new Thread(() -> {
            try {
                app.queries().catalog().verify(app.graph());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ServeCommand.class).warn("could not plan the canned queries: {}", e.getMessage());
            }
        }, "query-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private Javalin start(App app) {
        Javalin http = HttpApi.create(app, serve.corsOrigins(), serve.embedOrigins());
        try {
            return http.start(database.bind, serve.port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserError("port " + serve.port + " on " + database.bind + " is in use: stop what uses "
                            + "it, or pick another with --port (IG_PORT)", e);
                }
            }
            throw e;
        }
    }

    private void printReady(PrintWriter out, App app, Javalin http, long started) {
        Graph.Counts counts = app.graph().counts();
        String host = database.bind.equals("0.0.0.0") ? "localhost" : database.bind;
        out.println();
        out.printf("Influence Graph is ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);
        out.printf("  API       http://%s:%d/api/health  (docs: /api/docs)%n", host, http.port());
        if (app.embedded() != null) {
            out.printf("  Browser   %s?preselectAuthMethod=NO_AUTH  (no password)%n", app.embedded().browserUri());
            out.printf("  Guide     :play http://%s:%d/guide/influence-graph.html  (in the Browser)%n", host, http.port());
            out.printf("  Bolt      %s%n", app.embedded().boltUri());
            out.printf("  Data      %s%n", database.dataDir.toAbsolutePath().normalize());
        } else {
            out.printf("  Neo4j     %s (database %s)%n", database.uri, database.database);
        }
        out.printf("  Graph     %,d nodes, %,d relationships%n", counts.nodes(), counts.relationships());
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
