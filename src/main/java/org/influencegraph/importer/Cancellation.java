package org.influencegraph.importer;

import java.time.Duration;

/**
 * Stops an article import from another thread while it is still reading: the reading thread is interrupted (the
 * language models check for it between sentences and annotators) and nothing is written. Once writing has begun
 * the import runs to its end, so an article is never half written.
 */
public final class Cancellation {

    /** An import stopped before it wrote anything. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled(String message) {
            super(message);
        }
    }

    private Thread reader;
    private boolean writing;
    private String reason;

    /**
     * Asks the import to stop for {@code why}; true when it will write nothing, false when it is already writing
     * (and will finish).
     */
    public synchronized boolean cancel(String why) {
        if (writing) {
            return false;
        }
        if (reason == null) {
            reason = why;
            if (reader != null) {
                reader.interrupt();
            }
        }
        return true;
    }

    /** The answer to an import whose reading took longer than {@code budget}: how to make it fit. */
    public static OverTime overTime(String name, Duration budget) {
        return new OverTime(name + ": reading the article took longer than " + budget.toSeconds()
                + " s, so nothing of it was written; split it into shorter articles and send them one by one");
    }

    /** An article whose reading ran over its time: unprocessable as sent (422). */
    public static final class OverTime extends ArticleReader.OverBudget {
        private static final long serialVersionUID = 1L;

        OverTime(String message) {
            super(message, false);
        }
    }

    synchronized void reading() {
        reader = Thread.currentThread();
        stopIfCancelled();
    }

    /** Called when reading failed: a failure caused by the interruption is the cancellation. */
    synchronized void readingFailed(RuntimeException e) {
        stopIfCancelled();
        throw e;
    }

    synchronized void writing() {
        stopIfCancelled();
        writing = true;
        reader = null;
        // An interruption that came too late to stop the models must not break the database's connection.
        Thread.interrupted();
    }

    private void stopIfCancelled() {
        if (reason != null) {
            reader = null;
            Thread.interrupted();
            throw new Cancelled(reason);
        }
    }
}
