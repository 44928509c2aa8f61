package org.influencegraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.influencegraph.Resources;

/**
 * Applies the schema scripts in {@code cypher/schema/} through neo4j-migrations: each version once, in order,
 * recorded with its checksum on {@code __Neo4jMigration} nodes, so a start whose scripts are all recorded does no
 * schema work and an edited shipped script is refused. A database made before the scripts were recorded (they
 * are idempotent, {@code IF NOT EXISTS}) has them applied again once, then recorded.
 */
public final class Schema {

    static final String FOLDER = "cypher/schema";

    /** Held so the level sticks: each applied script would else print a line at every first start. */
    private static final Logger MIGRATIONS_LOG = Logger.getLogger("ac.simons.neo4j.migrations");

    static {
        MIGRATIONS_LOG.setLevel(Level.WARNING);
    }

    private Schema() {}

    public static void apply(Graph graph) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + FOLDER)
                .withPackagesToScan()
                .withMigrationClassesDiscoverer(context -> List.of())
                // The scripts are listed from our own resources: no scan of the whole class path at each start.
                .withResourceScanner(locations -> scripts())
                .withDatabase(graph.database())
                .withInstalledBy("influence-graph")
                .build();
        new Migrations(config, graph.driver()).apply();
        graph.autoCommit("CALL db.awaitIndexes(300)", Map.of());
    }

    private static List<URL> scripts() {
        List<URL> urls = new ArrayList<>();
        for (String file : Resources.list(FOLDER)) {
            if (file.endsWith(".cypher")) {
                urls.add(Schema.class.getClassLoader().getResource(file));
            }
        }
        return urls;
    }
}
