package org.influencegraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.Formats;

/**
 * Writes graphs out for other tools: the answer of a canned query, or the whole database, streamed node by
 * node and edge by edge. Nodes keep their labels, names, types, dates and other properties; edges their
 * type and provenance (source, quote, producer, confidence).
 */
public final class GraphExporter {

    private static final String NODES = Resources.read("cypher/lookups/export-nodes.cypher");
    private static final String RELATIONSHIPS = Resources.read("cypher/lookups/export-relationships.cypher");
    private static final String NODES_WITH_SOURCES = Resources.read("cypher/lookups/export-nodes-with-sources.cypher");

    private final Graph graph;

    public GraphExporter(Graph graph) {
        this.graph = graph;
    }

    /** The nodes and edges of a query's answer (those in its rows), as one graph. */
    public static void answer(String query, QueryResult result, GraphFormat format, OutputStream out) {
        Formats.Drawing g = Formats.graph(query, result);
        try (GraphWriterSink sink = format.open(out)) {
            g.nodes().forEach(sink::node);
            g.edges().forEach(sink::edge);
        }
    }

    /** Every node and relationship of the database, streamed; returns how many of each were written. */
    public long[] database(GraphFormat format, OutputStream out) {
        long[] counts = new long[2];
        try (GraphWriterSink sink = format.open(out)) {
            if (sink instanceof FtmSink ftm) {
                // FollowTheMoney states the sources of an entity on the entity: its data sets.
                graph.stream(NODES_WITH_SOURCES, Map.of(), row -> {
                    @SuppressWarnings("unchecked")
                    List<String> sources = (List<String>) row.get("sources");
                    ftm.node((QueryResult.Node) row.get("n"), sources);
                    counts[0]++;
                });
            } else {
                graph.stream(NODES, Map.of(), row -> {
                    sink.node((QueryResult.Node) row.get("n"));
                    counts[0]++;
                });
            }
            graph.stream(RELATIONSHIPS, Map.of(), row -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) row.get("properties");
                sink.edge(new QueryResult.Edge(
                        (String) row.get("id"),
                        (String) row.get("type"),
                        (String) row.get("from"),
                        (String) row.get("to"),
                        props));
                counts[1]++;
            });
        }
        return counts;
    }
}
