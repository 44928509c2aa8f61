package org.influencegraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.influencegraph.UserError;
import org.influencegraph.extract.ArticleExtractor;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.graph.ImportQueries;
import org.influencegraph.model.Article;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.StableIds;
import org.influencegraph.model.TieRecord;
import org.influencegraph.review.Candidates;

/**
 * Imports news articles: each is read ({@link ArticleReader}), its facts extracted ({@link ArticleExtractor}) and
 * written with the article as their source, its people and organizations linked to those already in the graph
 * by entity resolution. Facts the extractor is not sure of are held for review as candidates ({@link Candidates}),
 * not written as facts, unless a reviewer accepted them before. The same text imported again changes nothing; a
 * changed text first retracts what the earlier version asserted, and nothing else. A file that cannot be read is
 * reported and skipped; the others are imported.
 */
public final class ArticleImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleImporter.class);

    /**
     * What importing one article did: its id and title; whether its text was new ({@code changed}; false when
     * the same text was imported before, and nothing was written) and whether it replaced an earlier version;
     * rows created, updated and left unchanged by table; and what it added: its entities' names, its events,
     * its ties ("Yevgeny Prigozhin LEADS Wagner Group"), and the candidates it holds for review.
     */
    public record Outcome(
            String article,
            String title,
            boolean changed,
            boolean replaced,
            Map<Table, WriteCounts> counts,
            List<String> entities,
            List<Event> events,
            List<String> ties,
            List<Held> candidates) {}

    /** An event an article added. */
    public record Event(String type, String title) {}

    /** A candidate held for review: its id, how it reads, and how sure the extractor was. */
    public record Held(String id, String claim, double confidence) {}

    /** What writing one article did, before it is summed up. */
    private record Written(
            boolean changed,
            boolean replaced,
            ArticleExtractor.Extraction found,
            Map<String, String> names,
            Map<String, String> status,
            List<ArticleExtractor.Candidate> accepted) {}

    private final Graph graph;
    private final Candidates candidates;
    private final int threads;

    /**
     * An importer that reads one article at a time. Reading on more threads is faster (see ArticleBenchmark), but
     * CoreNLP's date reader keeps state from one document to the next (stanfordnlp/CoreNLP#1061), so that a
     * relative date could be read against another article's.
     */
    public ArticleImporter(Graph graph) {
        this(graph, 1);
    }

    /** An importer that reads up to {@code threads} articles at once (the writes are one at a time, in order). */
    public ArticleImporter(Graph graph, int threads) {
        this.graph = graph;
        this.candidates = new Candidates(graph);
        this.threads = Math.max(1, threads);
    }

    /** Imports the articles; {@code metadata} (title, publisher, author, date, url) overrides what files say. */
    public ImportReport run(List<ImportInput> inputs, Map<String, String> metadata, ImportOptions options) {
        long started = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (ImportInput input : inputs) {
            try {
                ArticleReader.Format format = ArticleReader.format(input.fileName());
                articles.add(ArticleReader.read(
                        input.name(), bytes(input), format == null ? ArticleReader.Format.TEXT : format, metadata));
            } catch (UserError e) {
                problems.add(new Problem(
                        input.name(),
                        0,
                        null,
                        e.getMessage()
                                .substring(Math.min(
                                        e.getMessage().length(), input.name().length() + 2))));
            }
        }
        var batches = new RecordBatches(graph, options.batchSize(), Set.of());
        boolean written = false;
        if (!options.checkOnly()) {
            // The language models read the next articles on other cores while this thread writes one.
            ExecutorService readers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "article-reader");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Reading>> readings = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    while (readings.size() < articles.size() && readings.size() <= i + threads) {
                        Article next = articles.get(readings.size());
                        String state = state(next);
                        readings.add(
                                state != null && state.equals(fingerprint(next))
                                        ? CompletableFuture.completedFuture(new Reading(state, null))
                                        : readers.submit(() -> new Reading(state, ArticleExtractor.extract(next))));
                    }
                    Article article = articles.get(i);
                    Reading reading;
                    try {
                        reading = join(readings.get(i));
                    } catch (RuntimeException e) {
                        // The extractor failed on this article: it is reported, nothing of it is written, and the
                        // others are imported.
                        LOG.error("the extractor failed on {}", article.file(), e);
                        problems.add(new Problem(
                                article.file(),
                                0,
                                null,
                                "the extractor failed on this article (" + failure(e)
                                        + "); nothing of it was written"));
                        continue;
                    } finally {
                        readings.set(i, null);
                    }
                    written |= write(article, reading, batches).changed();
                }
            } finally {
                readers.shutdownNow();
            }
        }
        return new ImportReport(
                batches.counts(),
                articles.size() + problems.size(),
                problems.size(),
                problems,
                written || problems.isEmpty(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Imports one article sent in a request, as {@link #run} imports a file: {@code bytes} in {@code format},
     * {@code metadata} (title, publisher, author, date, url) over what the text says, {@code name} naming it in
     * errors. An article that cannot be read is refused with a {@link UserError} before anything is written.
     */
    public Outcome post(String name, byte[] bytes, ArticleReader.Format format, Map<String, String> metadata) {
        return post(name, bytes, format, metadata, new Cancellation());
    }

    /** As {@link #post(String, byte[], ArticleReader.Format, Map)}, stopped by {@code stop} while it reads. */
    public Outcome post(
            String name, byte[] bytes, ArticleReader.Format format, Map<String, String> metadata, Cancellation stop) {
        stop.reading();
        Article article = ArticleReader.readPosted(name, bytes, format, metadata);
        var batches = new RecordBatches(graph, ImportOptions.DEFAULT.batchSize(), Set.of());
        String state = state(article);
        ArticleExtractor.Extraction found = null;
        if (state == null || !state.equals(fingerprint(article))) {
            try {
                found = ArticleExtractor.extract(article);
            } catch (RuntimeException e) {
                stop.readingFailed(e);
            }
        }
        stop.writing();
        Written w = write(article, new Reading(state, found), batches);
        if (!w.changed()) {
            return new Outcome(
                    article.id(), article.title(), false, false, Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<EventRecord> events = new ArrayList<>(w.found().events());
        List<TieRecord> ties = new ArrayList<>(w.found().ties());
        for (ArticleExtractor.Candidate c : w.accepted()) {
            if (c.tie() != null) {
                ties.add(c.tie());
            } else {
                events.add(c.event());
            }
        }
        Map<String, String> names = w.names();
        List<Held> held = w.found().candidates().stream()
                .filter(c -> Candidates.OPEN.equals(w.status().get(c.id())))
                .map(c -> new Held(
                        c.id(), Candidates.claim(c, names), c.provenance().confidence()))
                .toList();
        return new Outcome(
                article.id(),
                article.title(),
                true,
                w.replaced(),
                Map.copyOf(batches.counts()),
                List.copyOf(names.values()),
                events.stream().map(e -> new Event(e.type().code(), e.title())).toList(),
                ties.stream()
                        .map(t -> names.getOrDefault(t.from(), t.from()) + " "
                                + t.type().code() + " " + names.getOrDefault(t.to(), t.to())
                                + (t.role() == null ? "" : " (" + t.role() + ")"))
                        .toList(),
                held);
    }

    /** What the graph knew of an article before (its fingerprint, or null if new), and what it now says. */
    private record Reading(String state, ArticleExtractor.Extraction found) {}

    /** The fingerprint of the article the graph has read under this id ("text hash|extractor"), or null. */
    private String state(Article article) {
        return new ImportQueries(graph).articleState(article.id());
    }

    /** What the graph remembers of an article it has read: its text's hash and the extractor that read it. */
    private static String fingerprint(Article article) {
        return textHash(article) + "|" + ArticleExtractor.PRODUCER;
    }

    /** The hash of the text alone, spaces and case aside: the same under any title or address. */
    private static String bodyHash(Article article) {
        return StableIds.digest(article.text().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT), 16);
    }

    /** The source this article's text was read from before under another id, or null. */
    private String original(Article article) {
        return new ImportQueries(graph).original(article.id(), bodyHash(article), ArticleExtractor.PRODUCER);
    }

    private static String textHash(Article article) {
        return StableIds.digest(article.text() + "|" + article.title(), 16);
    }

    private static Reading join(Future<Reading> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading an article", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Writes one article unless the graph has read the same text with the same extractor (then {@code reading}
     * has no extraction): the earlier version's facts retracted, the new ones written, its candidates held for
     * review, and those a reviewer accepted written as facts.
     */
    private Written write(Article article, Reading reading, RecordBatches batches) {
        // Read again: an article given twice in one import has been written since its reading began.
        String now = state(article);
        if (reading.found() == null || fingerprint(article).equals(now)) {
            return new Written(false, false, null, Map.of(), Map.of(), List.of());
        }
        ArticleExtractor.Extraction found = reading.found();
        boolean earlier = now != null;
        if (earlier) {
            new ImportQueries(graph).retractArticle(article.id());
        }
        String original = earlier ? null : original(article);
        if (original != null) {
            // A syndicated copy: its source reports the original's facts, which are not written a second time.
            batches.source(found.source());
            batches.flush();
            new ImportQueries(graph)
                    .syndicate(article.id(), original, textHash(article), bodyHash(article), ArticleExtractor.PRODUCER);
            return new Written(
                    true,
                    false,
                    new ArticleExtractor.Extraction(
                            found.source(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    Map.of(),
                    Map.of(),
                    List.of());
        }
        batches.source(found.source());
        found.entities().forEach(batches::entity);
        found.events().forEach(batches::event);
        found.participations().forEach(batches::participation);
        found.ties().forEach(batches::tie);
        batches.flush();
        Map<String, String> names = new LinkedHashMap<>();
        found.entities().forEach(e -> names.putIfAbsent(e.id(), e.name()));
        Map<String, String> status = candidates.hold(found.candidates(), batches::idOf, names);
        List<ArticleExtractor.Candidate> accepted = candidates.acceptedFacts(found.candidates(), status);
        for (ArticleExtractor.Candidate c : accepted) {
            if (c.tie() != null) {
                batches.tie(c.tie());
            } else {
                batches.event(c.event());
                c.participations().forEach(batches::participation);
            }
        }
        batches.flush();
        new ImportQueries(graph)
                .markArticle(article.id(), textHash(article), bodyHash(article), ArticleExtractor.PRODUCER);
        return new Written(true, earlier, found, names, status, accepted);
    }

    private static byte[] bytes(ImportInput input) {
        try (InputStream in = input.opener().open()) {
            return in.readNBytes(ArticleReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UserError(input.name() + ": cannot be read: " + e.getMessage());
        }
    }

    /** What went wrong and where in the project's code, for a report that a log may not reach. */
    static String failure(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            out.append(": ").append(e.getMessage());
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.influencegraph.")) {
                out.append(" at ")
                        .append(frame.getClassName()
                                .substring(frame.getClassName().lastIndexOf('.') + 1))
                        .append('.')
                        .append(frame.getMethodName())
                        .append(':')
                        .append(frame.getLineNumber());
                break;
            }
        }
        return out.toString();
    }
}
