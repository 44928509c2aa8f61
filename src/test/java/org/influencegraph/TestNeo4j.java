package org.influencegraph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Schema;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (the harness) for the whole test run, reached through the driver like any server.
 * Tests that write call {@link #clean()} first.
 */
public final class TestNeo4j {

    private static Neo4j server;
    private static Graph graph;

    private TestNeo4j() {}

    public static synchronized Neo4j server() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(
                            GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                            java.time.Duration.ofSeconds(1))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (graph != null) {
                    graph.close();
                }
                server.close();
            }));
        }
        return server;
    }

    /** A graph over the shared server, with the schema applied. */
    public static synchronized Graph graph() {
        if (graph == null) {
            graph = Graph.connect(server().boltURI(), null, null, "neo4j", Graph.Mode.REMOTE);
            Schema.apply(graph);
        }
        return graph;
    }

    /** Empties the database (the schema stays). */
    public static Graph clean() {
        Graph g = graph();
        g.autoCommit(
                "MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
                Map.of());
        return g;
    }

    /** Every node and relationship with all its properties, as sorted text: equal fingerprints, equal graphs. */
    public static String fingerprint(Graph graph) {
        List<String> nodes = graph.read(
                "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN labels(n) AS l, properties(n) AS p",
                Map.of(),
                r -> new TreeSet<>(r.get("l").asList(v -> v.asString())) + ""
                        + new TreeMap<>(r.get("p").asMap()));
        List<String> rels = graph.read(
                "MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration RETURN a.id + type(r) + b.id AS t, properties(r) AS p",
                Map.of(),
                r -> r.get("t").asString() + new TreeMap<>(r.get("p").asMap()));
        return nodes.stream().sorted().toList() + "\n" + rels.stream().sorted().toList();
    }
}
