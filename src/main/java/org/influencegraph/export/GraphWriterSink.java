package org.influencegraph.export;

import org.influencegraph.graph.QueryResult;

/**
 * Where an export writes, one node or edge at a time, so that a whole database streams out without being
 * held in memory. Every node is written before the first edge.
 */
public interface GraphWriterSink extends AutoCloseable {

    void node(QueryResult.Node node);

    void edge(QueryResult.Edge edge);

    /** Ends the document and flushes it; the stream itself stays open. */
    @Override
    void close();
}
