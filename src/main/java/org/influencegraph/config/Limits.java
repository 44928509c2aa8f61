package org.influencegraph.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounds the service keeps whatever it is asked: request and upload sizes, how long and how much a query
 * may answer, and how many requests run at once and wait in line.
 */
public record Limits(
        long maxBody,
        long maxUpload,
        Duration queryTimeout,
        int maxRows,
        int maxConcurrent,
        int maxQueued,
        Duration queueWait,
        Duration articleTime) {

    // The defaults, stated once: serve's options (LimitOptions) and DEFAULTS both read them.
    /** The largest request body, in the command line's notation. */
    public static final String MAX_BODY = "1m";
    /** The largest upload, all files together, in the command line's notation. */
    public static final String MAX_UPLOAD = "50m";

    public static final int QUERY_TIMEOUT_SECONDS = 10;
    public static final int MAX_ROWS = 10_000;
    public static final int MAX_CONCURRENT = 8;
    public static final int MAX_QUEUED = 64;
    public static final int QUEUE_WAIT_SECONDS = 5;
    /** How long reading one posted article may take: far beyond a news article's few seconds. */
    public static final int ARTICLE_TIMEOUT_SECONDS = 120;

    public static final Duration ARTICLE_TIME = Duration.ofSeconds(ARTICLE_TIMEOUT_SECONDS);

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?", Pattern.CASE_INSENSITIVE);

    public static final Limits DEFAULTS = new Limits(
            size(MAX_BODY),
            size(MAX_UPLOAD),
            Duration.ofSeconds(QUERY_TIMEOUT_SECONDS),
            MAX_ROWS,
            MAX_CONCURRENT,
            MAX_QUEUED,
            Duration.ofSeconds(QUEUE_WAIT_SECONDS));

    /** The limits with the default time for reading an article. */
    public Limits(
            long maxBody,
            long maxUpload,
            Duration queryTimeout,
            int maxRows,
            int maxConcurrent,
            int maxQueued,
            Duration queueWait) {
        this(maxBody, maxUpload, queryTimeout, maxRows, maxConcurrent, maxQueued, queueWait, ARTICLE_TIME);
    }

    /** These limits with another time for reading an article. */
    public Limits withArticleTime(Duration time) {
        return new Limits(maxBody, maxUpload, queryTimeout, maxRows, maxConcurrent, maxQueued, queueWait, time);
    }

    public Limits {
        if (maxBody < 1
                || maxUpload < 1
                || maxRows < 1
                || maxConcurrent < 1
                || maxQueued < 0
                || queryTimeout.isNegative()
                || queryTimeout.isZero()
                || queueWait.isNegative()
                || articleTime.isNegative()
                || articleTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A size such as {@code 1000000}, {@code 512k}, {@code 50m} or {@code 1g} (powers of 1,000), in bytes. */
    public static long size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 1000000, 512k or 50m, not '" + text + "'");
        }
        long unit =
                switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "k" -> 1_000L;
                    case "m" -> 1_000_000L;
                    case "g" -> 1_000_000_000L;
                    default -> 1L;
                };
        return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    }
}
