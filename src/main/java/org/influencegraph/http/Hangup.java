package org.influencegraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Tells whether the client of a request has closed its connection. Jetty reads nothing from an HTTP/1.1
 * connection while its request is handled, so a client that hangs up goes unnoticed until the answer is written;
 * this reads from the connection without blocking: end of stream means the client is gone.
 */
final class Hangup {

    private Hangup() {}

    /** A check for {@code ctx}'s client; one that never says gone where the connection cannot be read. */
    static BooleanSupplier watch(Context ctx) {
        EndPoint endPoint;
        try {
            endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData()
                    .getConnection()
                    .getEndPoint();
        } catch (RuntimeException e) {
            return () -> false;
        }
        ByteBuffer one = ByteBuffer.allocate(1).flip();
        boolean[] gone = {false};
        boolean[] spoke = {false};
        return () -> {
            if (gone[0] || spoke[0]) {
                return gone[0];
            }
            try {
                int read = endPoint.fill(one);
                if (read < 0) {
                    gone[0] = true;
                } else if (read > 0) {
                    // A pipelined request began: the client is there, and this connection closes after the answer.
                    spoke[0] = true;
                    ctx.header("Connection", "close");
                }
            } catch (IOException e) {
                gone[0] = true;
            }
            return gone[0];
        };
    }
}
