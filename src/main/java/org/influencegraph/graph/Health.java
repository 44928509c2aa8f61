package org.influencegraph.graph;

/**
 * What {@code /api/health} reports; {@code nlp} says whether the article pipeline is "not loaded", "loading" or
 * "ready".
 */
public record Health(
        String status,
        String neo4jVersion,
        String edition,
        String mode,
        String database,
        long nodes,
        long relationships,
        String nlp) {

    public static Health of(Graph graph, String nlp) {
        Graph.ServerInfo info = graph.serverInfo();
        Graph.Counts counts = graph.counts();
        return new Health(
                "ok",
                info.version(),
                info.edition(),
                graph.mode().name().toLowerCase(java.util.Locale.ROOT),
                graph.database(),
                counts.nodes(),
                counts.relationships(),
                nlp);
    }
}
