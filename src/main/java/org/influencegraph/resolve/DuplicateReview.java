package org.influencegraph.resolve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityType;

/**
 * The duplicates review of the whole graph for the HTTP API, computed on a thread of its own and kept until the
 * graph changes. The graph's node and relationship counts (read from the count store: no scan) say whether it
 * changed since the last review; a merge, undo or rejection made through the API changes them too, and also
 * calls {@link #invalidate()}. A request waits for a review of the graph as it is for at most the time it gives,
 * and past that is told that the review is still being computed: a review of 100,000 entities takes tens of
 * seconds, and a request must not hold a connection for that long unless it asks to.
 *
 * <p>A server {@link #watch watches} the graph, so that a review is ready before anyone asks: one starts at once,
 * and another whenever the counts changed and then held still for one period (an import in progress changes them
 * at every batch, and a review of each batch would be wasted work).
 */
public final class DuplicateReview implements AutoCloseable {

    /** The lowest score a kept review holds; a request for less is computed on the spot, as before. */
    public static final double FLOOR = 0.3;
    /** How long a request waits for a review by default, and at most. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    public static final Duration MAX_WAIT = Duration.ofSeconds(120);

    /** A review answer: ready with its pairs, when it was computed and in how many seconds; or still computing. */
    public record Answer(boolean ready, List<DuplicateFinder.Pair> pairs, String computedAt, Double seconds) {}

    private record Review(List<DuplicateFinder.Pair> pairs, Instant at, double seconds) {}

    private final Graph graph;
    private final DuplicateFinder finder;
    private final Executor worker;
    private long generation;
    private String pendingFingerprint;
    private CompletableFuture<Review> pending;
    private String lastSeen;
    private ScheduledExecutorService watcher;

    public DuplicateReview(Graph graph) {
        this(graph, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "duplicates-review");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the executor reviews run on: a test's, to decide when a review is done. */
    DuplicateReview(Graph graph, Executor worker) {
        this.graph = graph;
        this.finder = new DuplicateFinder(graph);
        this.worker = worker;
    }

    /**
     * Pairs scoring at least {@code minScore} (of one type, or all: null), the likeliest first, at most
     * {@code limit}, from a review of the graph as it is; waits at most {@code wait} for one.
     */
    public Answer pairs(EntityType type, double minScore, int limit, Duration wait) {
        if (minScore < FLOOR) {
            long start = System.nanoTime();
            List<DuplicateFinder.Pair> pairs = finder.find(type, minScore, limit);
            return new Answer(true, pairs, Instant.now().toString(), seconds(start));
        }
        CompletableFuture<Review> review = current();
        try {
            Review done = wait.isZero() ? review.getNow(null) : review.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (done == null) {
                return new Answer(false, List.of(), null, null);
            }
            String label = type == null ? null : type.label().toLowerCase(Locale.ROOT);
            List<DuplicateFinder.Pair> pairs = done.pairs().stream()
                    .filter(p -> p.score() >= minScore && (label == null || label.equals(p.a().type())))
                    .limit(limit)
                    .toList();
            return new Answer(true, pairs, done.at().toString(), done.seconds());
        } catch (TimeoutException e) {
            return new Answer(false, List.of(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the duplicates review", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Starts a review of the graph as it is now, then checks the graph every {@code period} and starts another
     * once it has changed and held still for a period; until {@link #close()}.
     */
    public synchronized void watch(Duration period) {
        if (watcher != null) {
            return;
        }
        current();
        lastSeen = pendingFingerprint;
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "duplicates-watch");
            t.setDaemon(true);
            return t;
        });
        long millis = period.toMillis();
        watcher.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One check of the watch: starts a review when the graph differs from the last review's and is the same as at
     * the check before; says whether it started one.
     */
    synchronized boolean tick() {
        String now;
        try {
            now = fingerprint();
        } catch (RuntimeException e) {
            // The database is closing or unreachable for a moment: the next check will tell.
            return false;
        }
        boolean settled = now.equals(lastSeen);
        lastSeen = now;
        if (!settled || now.equals(pendingFingerprint)) {
            return false;
        }
        current();
        return true;
    }

    /** Stops watching the graph; a review being computed finishes on its own daemon thread. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }

    /** Forgets the kept review: the next request starts a new one. */
    public synchronized void invalidate() {
        generation++;
    }

    /** The review of the graph as it is: the kept one, the one being computed, or a new one. */
    private synchronized CompletableFuture<Review> current() {
        String fingerprint = fingerprint();
        if (pending != null && fingerprint.equals(pendingFingerprint) && !pending.isCompletedExceptionally()) {
            return pending;
        }
        pendingFingerprint = fingerprint;
        pending = CompletableFuture.supplyAsync(
                () -> {
                    long start = System.nanoTime();
                    List<DuplicateFinder.Pair> pairs = finder.find(null, FLOOR, Integer.MAX_VALUE);
                    return new Review(pairs, Instant.now(), seconds(start));
                },
                worker);
        return pending;
    }

    /** What says whether the graph changed: the API's decisions and the count store's node and relationship counts. */
    private String fingerprint() {
        Graph.Counts counts = graph.counts();
        return generation + ":" + counts.nodes() + ":" + counts.relationships();
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    }
}
