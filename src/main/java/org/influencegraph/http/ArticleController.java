package org.influencegraph.http;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.importer.ArticleImporter;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.importer.Cancellation;
import org.influencegraph.importer.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/articles}: one news article in the body, as text, Markdown or HTML with its metadata in the
 * query string, or as JSON with its metadata beside the text; imported as the import command imports an article
 * file, and answered with what it added. One import runs at a time, this or an upload; another gets 429.
 */
final class ArticleController {

    private static final List<String> METADATA = List.of("title", "publisher", "author", "date", "url");
    private static final String JSON_EXAMPLE = "{\"text\": \"...\", \"format\": \"text\", \"title\": \"...\", "
            + "\"publisher\": \"...\", \"author\": \"...\", \"date\": \"2023-06-25\", \"url\": \"...\"}";

    private static final JsonBody<ArticleRequest> BODY = new JsonBody<>(
            ArticleRequest.class,
            "expected a JSON object " + JSON_EXAMPLE,
            "an article takes text, format, title, publisher, author, date " + "and url",
            "expected a JSON object " + JSON_EXAMPLE);

    /** An article sent as JSON: its text, the format of the text, and its metadata. */
    record ArticleRequest(
            @JsonDeserialize(using = JsonBody.Text.class) String text,
            @JsonDeserialize(using = JsonBody.Text.class) String format,
            @JsonDeserialize(using = JsonBody.Text.class) String title,
            @JsonDeserialize(using = JsonBody.Text.class) String publisher,
            @JsonDeserialize(using = JsonBody.Text.class) String author,
            @JsonDeserialize(using = JsonBody.Text.class) String date,
            @JsonDeserialize(using = JsonBody.Text.class) String url) {

        /** The metadata fields by name, in the order of {@link #METADATA}; null where not given. */
        Map<String, String> metadata() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("title", title);
            out.put("publisher", publisher);
            out.put("author", author);
            out.put("date", date);
            out.put("url", url);
            return out;
        }
    }

    /** The answer to an article: its id and title, whether it changed anything, and what it added. */
    record ArticleAnswer(
            String article,
            String title,
            boolean changed,
            boolean replaced,
            Counts entities,
            Counts events,
            Counts ties,
            int candidates,
            Added added) {

        static ArticleAnswer of(ArticleImporter.Outcome outcome) {
            return new ArticleAnswer(
                    outcome.article(),
                    outcome.title(),
                    outcome.changed(),
                    outcome.replaced(),
                    counts(outcome, Table.ENTITIES),
                    counts(outcome, Table.EVENTS),
                    counts(outcome, Table.TIES),
                    outcome.candidates().size(),
                    new Added(outcome.entities(), outcome.events(), outcome.ties(), outcome.candidates()));
        }

        private static Counts counts(ArticleImporter.Outcome outcome, Table table) {
            return Counts.of(outcome.counts().getOrDefault(table, WriteCounts.NONE));
        }
    }

    /** The names of what an article added, and the facts it holds for review. */
    record Added(
            List<String> entities,
            List<ArticleImporter.Event> events,
            List<String> ties,
            List<ArticleImporter.Held> candidates) {}

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(ArticleController.class);
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "article-import");
        t.setDaemon(true);
        return t;
    });

    private final ArticleImporter importer;
    private final Semaphore running;
    private final Duration budget;

    ArticleController(ArticleImporter importer, Semaphore running, Duration budget) {
        this.importer = importer;
        this.running = running;
        this.budget = budget;
    }

    void post(Context ctx) {
        for (String key : ctx.queryParamMap().keySet()) {
            if (!METADATA.contains(key) && !key.equals("format") && !key.equals(Guard.TOKEN_PARAMETER)) {
                throw new UserError("unknown parameter '" + key + "'; an article takes title, publisher, author, date, "
                        + "url and format");
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        METADATA.forEach(key -> metadata.put(key, ctx.queryParam(key)));
        String format = ctx.queryParam("format");
        String formatFrom = "parameter";
        String dateFrom = "parameter";
        String type = String.valueOf(ctx.contentType())
                .toLowerCase(Locale.ROOT)
                .replaceAll(";.*", "")
                .strip();
        String name;
        byte[] bytes;
        if (type.equals("application/json")) {
            ArticleRequest body = BODY.read(ctx);
            String text = body.text() == null ? "" : body.text();
            if (text.isBlank()) {
                throw new UserError("field 'text' is required: the article's text, Markdown or HTML");
            }
            body.metadata().forEach((key, value) -> {
                if (value != null) {
                    metadata.put(key, value);
                }
            });
            if (body.date() != null) {
                dateFrom = "field";
            }
            if (body.format() != null) {
                format = body.format();
                formatFrom = "field";
            }
            name = "field 'text'";
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            name = "the body";
            bytes = ctx.bodyAsBytes();
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                throw new UserError("the body is empty: send the article's text (text/plain, text/markdown or "
                        + "text/html), or JSON " + JSON_EXAMPLE);
            }
        }
        String url = metadata.get("url");
        if (url != null
                && !url.isBlank()
                && !url.strip().toLowerCase(Locale.ROOT).matches("https?://.+")) {
            throw new UserError("'url' must be an http:// or https:// address");
        }
        ArticleReader.Format read = format(format, formatFrom, type);
        String date = metadata.get("date");
        if (date != null && !date.isBlank()) {
            ArticleReader.date(dateFrom + " 'date'", date);
        }
        if (!running.tryAcquire()) {
            throw UserError.refusal(Kind.BUSY, "another import is running; retry when it is done");
        }
        Cancellation stop = new Cancellation();
        Future<ArticleImporter.Outcome> work;
        try {
            // The slot is freed when the work ends, not when the answer goes: a cancelled reading still holds it.
            work = WORKERS.submit(() -> {
                try {
                    return importer.post(name, bytes, read, metadata, stop);
                } finally {
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        ArticleImporter.Outcome outcome = await(ctx, name, work, stop);
        if (outcome != null) {
            ctx.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK).json(ArticleAnswer.of(outcome));
        }
    }

    /**
     * The import's outcome; null when the client hung up (the import is cancelled and nobody waits for an
     * answer). A reading over the budget is cancelled and refused; a write once begun is waited for.
     */
    private ArticleImporter.Outcome await(
            Context ctx, String name, Future<ArticleImporter.Outcome> work, Cancellation stop) {
        BooleanSupplier gone = Hangup.watch(ctx);
        long deadline = System.nanoTime() + budget.toNanos();
        boolean overTime = false;
        while (true) {
            try {
                return work.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (gone.getAsBoolean() && stop.cancel("the client hung up")) {
                    LOG.info("{}: the client hung up; its import is cancelled", name);
                    return null;
                }
                if (!overTime && System.nanoTime() > deadline && stop.cancel("over its time budget")) {
                    overTime = true;
                }
                if (overTime) {
                    throw Cancellation.overTime(name, budget);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                stop.cancel("the server is stopping");
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while an article was imported", e);
            }
        }
    }

    /** The format a parameter or field names, else the content type's, else plain text. */
    private static ArticleReader.Format format(String format, String where, String type) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "text", "txt" -> ArticleReader.Format.TEXT;
                case "markdown", "md" -> ArticleReader.Format.MARKDOWN;
                case "html" -> ArticleReader.Format.HTML;
                default ->
                    throw new UserError(where + " 'format' must be text, markdown or html, not '" + format + "'");
            };
        }
        return switch (type) {
            case "text/markdown", "text/x-markdown" -> ArticleReader.Format.MARKDOWN;
            case "text/html", "application/xhtml+xml" -> ArticleReader.Format.HTML;
            case "text/plain",
                    "application/json",
                    "application/octet-stream",
                    "application/x-www-form-urlencoded",
                    "null",
                    "" -> ArticleReader.Format.TEXT;
            default ->
                throw new UserError("send the article as text/plain, text/markdown or text/html, or as JSON "
                        + JSON_EXAMPLE + ", not as " + type
                        + (type.startsWith("multipart/") ? " (files go to POST " + "/api/imports)" : ""));
        };
    }
}
