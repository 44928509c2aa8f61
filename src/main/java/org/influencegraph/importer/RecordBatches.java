package org.influencegraph.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;
import org.influencegraph.resolve.EntityMatcher;

/**
 * Collects the records an importer makes and writes them in batches, tables in order (sources, entities,
 * events, participants, ties), one transaction a table a batch. Entities first go through entity resolution:
 * one already in the graph under another id takes the record's names and facts, and every later reference to
 * the record's id is sent to it.
 */
final class RecordBatches {

    private static final int RESOLVED_CACHE = 200_000;

    private final GraphWriter writer;
    private final EntityMatcher matcher;
    private final int batchSize;
    private final Set<String> ownIds;
    private final Map<String, String> matched = new HashMap<>();
    /** Ids already through entity resolution in this import, the most recent first out when full. */
    private final Map<String, Boolean> resolved = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RESOLVED_CACHE;
        }
    };

    private final Map<Table, WriteCounts> counts = new EnumMap<>(Table.class);

    private final Map<String, SourceRecord> namedSources = new LinkedHashMap<>();
    private final List<SourceRecord> sources = new ArrayList<>();
    private final List<EntityRecord> entities = new ArrayList<>();
    private final Map<String, Set<String>> identifiers = new LinkedHashMap<>();
    private final List<EventRecord> events = new ArrayList<>();
    private final List<ParticipationRecord> participations = new ArrayList<>();
    private final List<TieRecord> ties = new ArrayList<>();
    private int pending;

    /**
     * For a table import, the thread that resolves and writes full batches, in order, while the caller reads on;
     * {@link #flush()} waits for them all.
     */
    private final ThreadPoolExecutor writerThread;

    private final Semaphore ahead = new Semaphore(2);
    private final List<Future<?>> sent = new ArrayList<>();

    /** {@code ownIds}: the entity ids the import defines itself, never matched to other entities. */
    RecordBatches(Graph graph, int batchSize, Set<String> ownIds) {
        this(graph, batchSize, ownIds, false);
    }

    /**
     * {@code table}: a table import (FollowTheMoney, mapped CSV), whose batches are the only writes to the graph
     * while it runs: they are written on one writer thread beside the reading, and rows repeating what was written
     * are counted without being sent.
     */
    RecordBatches(Graph graph, int batchSize, Set<String> ownIds, boolean table) {
        this.writer = new GraphWriter(graph, table);
        this.matcher = new EntityMatcher(graph);
        this.batchSize = batchSize;
        this.ownIds = ownIds;
        if (table) {
            writerThread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "import-writer");
                t.setDaemon(true);
                return t;
            });
            writerThread.allowCoreThreadTimeOut(true);
        } else {
            writerThread = null;
        }
    }

    /** The graph id an imported entity id ended up as (after {@link #flush()}). */
    String idOf(String entityId) {
        return matched.getOrDefault(entityId, entityId);
    }

    /** Takes in matches found before writing (references to entities the graph knows by an external id). */
    void matchedBefore(Map<String, String> found) {
        matched.putAll(found);
    }

    /** A source the records name without describing it: written only if the graph does not have it. */
    void sourceIfAbsent(SourceRecord source) {
        namedSources.putIfAbsent(source.id(), source);
        added();
    }

    void source(SourceRecord source) {
        sources.add(source);
        added();
    }

    void entity(EntityRecord entity) {
        entities.add(entity);
        added();
    }

    void identifier(String entityId, String identifier) {
        identifiers.computeIfAbsent(entityId, k -> new LinkedHashSet<>()).add(identifier);
        added();
    }

    void event(EventRecord event) {
        events.add(event);
        added();
    }

    void participation(ParticipationRecord participation) {
        participations.add(participation);
        added();
    }

    void tie(TieRecord tie) {
        ties.add(tie);
        added();
    }

    private void added() {
        if (++pending >= batchSize) {
            send();
        }
    }

    /** What has been collected for one batch. */
    private record Collected(
            List<SourceRecord> sources,
            List<SourceRecord> namedSources,
            List<EntityRecord> entities,
            Map<String, Set<String>> identifiers,
            List<EventRecord> events,
            List<ParticipationRecord> participations,
            List<TieRecord> ties) {}

    /** Writes what has been collected, and waits until every batch is written. */
    void flush() {
        send();
        try {
            for (Future<?> f : sent) {
                Futures.result(f);
            }
        } finally {
            // After a failed batch, the batches behind it are not written.
            sent.forEach(f -> f.cancel(true));
            sent.clear();
        }
    }

    private void send() {
        Collected c = new Collected(
                List.copyOf(sources),
                List.copyOf(namedSources.values()),
                List.copyOf(entities),
                new LinkedHashMap<>(identifiers),
                List.copyOf(events),
                List.copyOf(participations),
                List.copyOf(ties));
        sources.clear();
        namedSources.clear();
        entities.clear();
        identifiers.clear();
        events.clear();
        participations.clear();
        ties.clear();
        pending = 0;
        if (writerThread == null) {
            write(c);
            return;
        }
        // A batch that failed stops the reading: its error is the import's.
        for (Future<?> f : sent) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    Futures.result(f);
                } catch (RuntimeException e) {
                    sent.forEach(later -> later.cancel(true));
                    sent.clear();
                    throw e;
                }
            }
        }
        ahead.acquireUninterruptibly();
        sent.add(writerThread.submit(() -> {
            try {
                write(c);
            } finally {
                ahead.release();
            }
        }));
    }

    private void write(Collected c) {
        List<SourceRecord> sources = c.sources();
        List<EntityRecord> entities = c.entities();
        List<EventRecord> events = c.events();
        List<ParticipationRecord> participations = c.participations();
        List<TieRecord> ties = c.ties();
        write(Table.SOURCES, writer.prepareSources(sources));
        write(Table.SOURCES, writer.prepareSourcesIfAbsent(c.namedSources()));
        if (!entities.isEmpty()) {
            // An article's mention is resolved in its article's context every time ("Minsk" acts in one, is a place
            // in another).
            List<EntityRecord> unresolved = entities.stream()
                    .filter(e -> resolved.get(e.id()) == null || EntityMatcher.contextual(e))
                    .toList();
            unresolved.forEach(e -> matched.remove(e.id()));
            matched.putAll(matcher.match(unresolved, ownIds));
            unresolved.forEach(e -> resolved.put(e.id(), Boolean.TRUE));
            List<EntityRecord> records = new ArrayList<>(matcher.takeReferences());
            for (EntityRecord e : entities) {
                if (matcher.held(e.id())) {
                    // A mention held for review (its facts are not written), or one written as a mention of what it
                    // stands for (a capital for its state).
                    continue;
                }
                String to = matched.get(e.id());
                records.add(to == null ? e : e.addingTo(to));
            }
            write(Table.ENTITIES, writer.prepareEntities(records));
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        c.identifiers().forEach((id, values) -> ids.put(idOf(id), List.copyOf(values)));
        // Identifiers belong to entities counted above: they are written, not counted again.
        writer.prepareIdentifiers(ids).write();
        write(Table.EVENTS, writer.prepareEvents(events));
        write(
                Table.PARTICIPANTS,
                writer.prepareParticipations(participations.stream()
                        .map(p -> new ParticipationRecord(
                                p.event(), idOf(p.entity()), p.role(), p.detail(), p.provenance()))
                        .toList()));
        write(
                Table.TIES,
                writer.prepareTies(ties.stream()
                        .map(t -> new TieRecord(
                                idOf(t.from()), t.type(), idOf(t.to()), t.role(), t.start(), t.end(), t.provenance()))
                        .toList()));
    }

    private void write(Table table, GraphWriter.Batch batch) {
        WriteCounts written = batch.write();
        if (written.total() > 0) {
            counts.merge(table, written, WriteCounts::plus);
        }
    }

    Map<Table, WriteCounts> counts() {
        return counts;
    }
}
