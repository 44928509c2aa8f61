package org.influencegraph.config;

import java.time.Duration;
import org.influencegraph.UserError;
import picocli.CommandLine.Option;

/** The limits of {@code serve}, each with an environment variable; the README lists them with their defaults. */
public final class LimitOptions {

    @Option(
            names = "--max-body",
            paramLabel = "SIZE",
            defaultValue = "${env:IG_MAX_BODY:-" + Limits.MAX_BODY + "}",
            description = "Largest request body of a query or review call, such as 512k or 2m; larger ones get 413 "
                    + "(env IG_MAX_BODY; default: ${DEFAULT-VALUE})")
    String maxBody;

    @Option(
            names = "--max-upload",
            paramLabel = "SIZE",
            defaultValue = "${env:IG_MAX_UPLOAD:-" + Limits.MAX_UPLOAD + "}",
            description = "Largest upload to POST /api/imports, all files together; larger ones get 413 "
                    + "(env IG_MAX_UPLOAD; default: ${DEFAULT-VALUE})")
    String maxUpload;

    @Option(
            names = "--query-timeout",
            paramLabel = "SECONDS",
            defaultValue = "${env:IG_QUERY_TIMEOUT:-" + Limits.QUERY_TIMEOUT_SECONDS + "}",
            description = "How long any query, canned or ad hoc, may run before it is stopped "
                    + "(env IG_QUERY_TIMEOUT; default: ${DEFAULT-VALUE})")
    int queryTimeout;

    @Option(
            names = "--max-rows",
            defaultValue = "${env:IG_MAX_ROWS:-" + Limits.MAX_ROWS + "}",
            description = "Most rows any query answers; the answer says when it was cut (env IG_MAX_ROWS; "
                    + "default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(
            names = "--max-concurrent",
            defaultValue = "${env:IG_MAX_CONCURRENT:-" + Limits.MAX_CONCURRENT + "}",
            description = "Requests served at once; more wait in line (env IG_MAX_CONCURRENT; "
                    + "default: ${DEFAULT-VALUE})")
    int maxConcurrent;

    @Option(
            names = "--max-queued",
            defaultValue = "${env:IG_MAX_QUEUED:-" + Limits.MAX_QUEUED + "}",
            description = "Requests that may wait in line; more get 429 at once (env IG_MAX_QUEUED; "
                    + "default: ${DEFAULT-VALUE})")
    int maxQueued;

    @Option(
            names = "--queue-wait",
            paramLabel = "SECONDS",
            defaultValue = "${env:IG_QUEUE_WAIT:-" + Limits.QUEUE_WAIT_SECONDS + "}",
            description = "How long a request waits in line before it gets 429 (env IG_QUEUE_WAIT; "
                    + "default: ${DEFAULT-VALUE})")
    int queueWait;

    @Option(
            names = "--article-timeout",
            paramLabel = "SECONDS",
            defaultValue = "${env:IG_ARTICLE_TIMEOUT:-" + Limits.ARTICLE_TIMEOUT_SECONDS + "}",
            description = "How long reading one article sent to POST /api/articles may take; longer ones are "
                    + "stopped, nothing of them written, and answered 422 (env IG_ARTICLE_TIMEOUT; "
                    + "default: ${DEFAULT-VALUE})")
    int articleTimeout;

    /** The limits given, checked. */
    public Limits limits() {
        try {
            return new Limits(
                    Limits.size(maxBody),
                    Limits.size(maxUpload),
                    Duration.ofSeconds(queryTimeout),
                    maxRows,
                    maxConcurrent,
                    maxQueued,
                    Duration.ofSeconds(queueWait),
                    Duration.ofSeconds(articleTimeout));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UserError("a limit is out of range (" + e.getMessage() + "): sizes, timeouts, rows and "
                    + "concurrency must be positive; see `serve --help`");
        }
    }
}
