package org.influencegraph.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.config.Limits;

/**
 * Bounds the requests served at once. A burst waits in a short line; when the line is full, or a request has
 * waited too long, it is turned away with 429 rather than letting work pile up in memory.
 */
final class Throttle {

    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Limits limits;

    Throttle(Limits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent(), true);
    }

    void run(Context ctx, Handler handler) throws Exception {
        if (!running.tryAcquire()) {
            if (waiting.incrementAndGet() > limits.maxQueued()) {
                waiting.decrementAndGet();
                throw UserError.refusal(
                        Kind.BUSY,
                        "the server is serving " + limits.maxConcurrent() + " requests and " + limits.maxQueued()
                                + " are waiting; retry in a moment");
            }
            try {
                if (!running.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    throw UserError.refusal(
                            Kind.BUSY,
                            "the server stayed busy for " + limits.queueWait().toSeconds() + " s; retry in a moment");
                }
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            handler.handle(ctx);
        } finally {
            running.release();
        }
    }
}
