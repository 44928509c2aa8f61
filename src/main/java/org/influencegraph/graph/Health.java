package org.influencegraph.graph;

/** What {@code /api/health} reports. */
public record Health(String status, String neo4jVersion, String edition, String mode, String database, long nodes,
        long relationships) {

    public static Health of(Graph graph) {
        Graph.ServerInfo info = graph.serverInfo();
        Graph.Counts counts = graph.counts();
        return new Health("ok", info.version(), info.edition(), graph.mode().name().toLowerCase(java.util.Locale.ROOT),
                graph.database(), counts.nodes(), counts.relationships());
    }
}
