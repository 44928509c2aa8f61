package org.influencegraph.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort against a query the database has terminated but that goes on running: Cypher checks its
 * transaction's termination flag between rows, never inside one expression, so {@code reduce()} over ten million
 * items keeps a core and gigabytes busy for many minutes after its timeout. When the database runs in this process
 * (embedded, or the test harness), the Bolt worker thread serving that connection is stopped; a remote database
 * has to end it on its own.
 */
final class Runaways {

    private static final Logger LOG = LoggerFactory.getLogger(Runaways.class);

    private Runaways() {}

    /**
     * Stops the thread of this process that serves Bolt connection {@code connectionId} from {@code clientAddress},
     * if there is one and it is inside Cypher; answers whether it did.
     */
    @SuppressWarnings("deprecation")
    static boolean stop(String connectionId, String clientAddress) {
        // Neo4j names a Bolt worker by the connection it serves: "neo4j.BoltWorker-5 [bolt-1 - /127.0.0.1:60282]".
        String name = "[" + connectionId + " - /" + clientAddress + "]";
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread.getName().startsWith("neo4j.BoltWorker")
                    && thread.getName().contains(name)
                    && inCypher(entry.getValue())) {
                LOG.warn("stopping thread '{}': its query was terminated and still runs", thread.getName());
                try {
                    // Thread.stop is the only way to end a computation that never looks up; the query's own
                    // transaction is already terminated, so its state is thrown away with it.
                    thread.stop();
                    return true;
                } catch (UnsupportedOperationException e) {
                    LOG.warn("this Java cannot stop a thread; the query runs on until it ends");
                }
            }
        }
        return false;
    }

    private static boolean inCypher(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.neo4j.cypher.internal.runtime")) {
                return true;
            }
        }
        return false;
    }
}
