package org.influencegraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.influencegraph.UserError;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.graph.ImportQueries;
import org.influencegraph.graph.ImportQueries.NodeKind;
import org.influencegraph.importer.RowParser.Parsed;
import org.influencegraph.importer.RowParser.Ref;
import org.influencegraph.importer.RowParser.RefKind;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;

/**
 * Imports native-format files in two streaming passes. The first reads every row, checks it and collects
 * ids and references (memory grows with the number of ids, not rows); references to nothing in the import
 * are looked up in the database. The second pass writes the rows table by table in batches, one
 * transaction a batch. With problems and no {@code skipInvalid}, nothing is written; with it, invalid rows
 * and the rows that depend on them are skipped and reported, never dropped silently.
 */
public final class NativeImporter extends TwoPassImporter<NativeImporter.Check> {

    /** For each kind of reference, the kind of node it names. */
    private static final Map<RefKind, NodeKind> NODES =
            Map.of(RefKind.SOURCE, NodeKind.SOURCE, RefKind.ENTITY, NodeKind.ENTITY, RefKind.EVENT, NodeKind.EVENT);

    private static final int PREPARERS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Graph graph;

    public NativeImporter(Graph graph) {
        this.graph = graph;
    }

    /**
     * The importable files under the given paths: files as given, folders recursively (CSV, JSON and JSON
     * lines), in name order.
     */
    public static List<ImportInput> inputs(List<Path> paths) {
        List<ImportInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserError("no such file or folder: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .sorted()
                            .map(ImportInput::of)
                            .filter(ImportFormat::importable)
                            .forEach(inputs::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                inputs.add(ImportInput.of(path));
            }
        }
        return inputs;
    }

    /** The write pass, table by table, through one writer: it knows which nodes the import created. */
    @Override
    Map<Table, WriteCounts> write(List<ImportInput> inputs, Check check, ImportOptions options, Progress progress) {
        Map<Table, WriteCounts> counts = new EnumMap<>(Table.class);
        GraphWriter writer = new GraphWriter(graph);
        for (Table table : Table.values()) {
            WriteCounts written = write(writer, table, inputs, check, options, progress);
            if (written.total() > 0) {
                counts.put(table, written);
            }
        }
        return counts;
    }

    /** A row that refers to an id no earlier row defined, and the column that does. */
    private record Referrer(Row row, String column) {}

    /** The outcome of the first pass: with the ids each row defines and the references still to resolve. */
    static final class Check extends TwoPassImporter.Checked {
        final Map<RefKind, Set<String>> defined = new EnumMap<>(RefKind.class);
        final Map<RefKind, Map<String, List<Referrer>>> pending = new EnumMap<>(RefKind.class);
        final Map<String, Object> typeOf = new HashMap<>();
        final Map<ImportInput, Set<Table>> tables = new LinkedHashMap<>();

        Check() {
            for (RefKind kind : RefKind.values()) {
                defined.put(kind, new HashSet<>());
                pending.put(kind, new HashMap<>());
            }
        }

        void reject(Row row) {
            reject(row.file(), row.line());
        }

        boolean isInvalid(Row row) {
            return isInvalid(row.file(), row.line());
        }
    }

    /**
     * The first pass. A file that cannot be read to its end is rejected whole; as some of its rows may
     * have been taken for definitions, the others are then checked again without it.
     */
    @Override
    Check check(List<ImportInput> inputs) {
        Check check = check(inputs, Set.of());
        if (check.rejectedFiles.isEmpty()) {
            return check;
        }
        Check again = check(inputs, check.rejectedFiles);
        again.rejectedFiles.addAll(check.rejectedFiles);
        check.problems.stream()
                .filter(p -> check.rejectedFiles.contains(p.file()))
                .forEach(again.problems::add);
        again.rowsRead = check.rowsRead;
        return again;
    }

    private Check check(List<ImportInput> inputs, Set<String> skip) {
        Check check = new Check();
        for (ImportInput input : inTableOrder(inputs)) {
            if (skip.contains(input.name())) {
                check.tables.put(input, Set.of());
                continue;
            }
            Set<Table> tables = new LinkedHashSet<>();
            check.tables.put(input, tables);
            boolean complete = RowReader.read(
                    input,
                    row -> {
                        check.rowsRead++;
                        tables.add(row.table());
                        List<Problem> problems = new ArrayList<>();
                        Optional<Parsed> parsed = RowParser.parse(row, problems);
                        parsed.ifPresent(p -> checkConsistency(row, p, check, problems));
                        if (!problems.isEmpty()) {
                            check.problems.addAll(problems);
                            check.reject(row);
                            return;
                        }
                        Parsed p = parsed.orElseThrow();
                        if (p.defines() != null) {
                            check.defined.get(p.defines()).add(p.id());
                        }
                        for (Ref ref : p.refs()) {
                            if (!check.defined.get(ref.kind()).contains(ref.id())) {
                                check.pending
                                        .get(ref.kind())
                                        .computeIfAbsent(ref.id(), k -> new ArrayList<>())
                                        .add(new Referrer(row, ref.column()));
                            }
                        }
                    },
                    check.problems::add);
            if (!complete) {
                check.rejectedFiles.add(input.name());
            }
        }
        resolvePending(check);
        return check;
    }

    /** Files whose name tells their table first, in table order, so that most references point backwards. */
    private static List<ImportInput> inTableOrder(List<ImportInput> inputs) {
        return inputs.stream()
                .sorted(java.util.Comparator.comparingInt(i ->
                        Table.ofCsv(i.fileName(), Set.of()).map(Table::ordinal).orElse(Table.values().length)))
                .toList();
    }

    /** One id, one type: an entity or event that two rows give different types is a mistake. */
    private static void checkConsistency(Row row, Parsed parsed, Check check, List<Problem> problems) {
        Object type = null;
        if (parsed.record() instanceof EntityRecord e) {
            type = e.type();
        } else if (parsed.record() instanceof EventRecord e) {
            type = e.type();
        }
        if (type == null) {
            return;
        }
        String key = parsed.defines() + ":" + parsed.id();
        Object earlier = check.typeOf.putIfAbsent(key, type);
        if (earlier != null && earlier != type) {
            problems.add(row.problem("type", "'" + parsed.id() + "' was given another type on an earlier row"));
        }
    }

    /** References to ids no row defined must name nodes already in the database. */
    private void resolvePending(Check check) {
        for (RefKind kind : RefKind.values()) {
            Map<String, List<Referrer>> pending = check.pending.get(kind);
            pending.keySet().removeAll(check.defined.get(kind));
            if (pending.isEmpty()) {
                continue;
            }
            // Without a graph (the bulk path's check before a new database exists) nothing is there yet.
            Set<String> existing = graph == null ? Set.of() : existing(kind, pending.keySet());
            for (var entry : pending.entrySet()) {
                if (existing.contains(entry.getKey())) {
                    continue;
                }
                for (Referrer referrer : entry.getValue()) {
                    Row row = referrer.row();
                    check.problems.add(row.problem(
                            referrer.column(),
                            "refers to " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + entry.getKey()
                                    + "', which is neither in this import (as a valid row) nor in the database"));
                    check.reject(row);
                }
            }
        }
    }

    private Set<String> existing(RefKind kind, Set<String> ids) {
        return new ImportQueries(graph).existing(NODES.get(kind), ids);
    }

    /**
     * The second pass for one table. Reading and parsing run on this thread, building the rows of a batch on
     * the preparing threads, while one writer thread sends the batches, a few ahead at most, so that the
     * client's work overlaps the database's; batches are written in order, each in its own transaction.
     */
    private WriteCounts write(
            GraphWriter writer,
            Table table,
            List<ImportInput> inputs,
            Check check,
            ImportOptions options,
            Progress progress) {
        Function<List<Object>, GraphWriter.Batch> prepare = preparer(writer, table);
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
        // Building a batch's rows (name keys and sounds) runs beside the reading, on as many threads as cores.
        ExecutorService preparers = Executors.newFixedThreadPool(PREPARERS, r -> {
            Thread t = new Thread(r, "import-prepare");
            t.setDaemon(true);
            return t;
        });
        Semaphore ahead = new Semaphore(PREPARERS + 1);
        List<Future<WriteCounts>> written = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        List<Object> batch = new ArrayList<>(options.batchSize());
        Runnable flush = () -> {
            List<Object> records = List.copyOf(batch);
            batch.clear();
            ahead.acquireUninterruptibly();
            Future<GraphWriter.Batch> rows = preparers.submit(() -> prepare.apply(records));
            written.add(writerThread.submit(() -> {
                try {
                    WriteCounts counts = Futures.result(rows).write();
                    progress.written(table, done.addAndGet(records.size()));
                    return counts;
                } finally {
                    ahead.release();
                }
            }));
        };
        try {
            for (ImportInput input : inputs) {
                if (!check.tables.get(input).contains(table) || check.rejectedFiles.contains(input.name())) {
                    continue;
                }
                RowReader.read(
                        input,
                        row -> {
                            if (row.table() != table || check.isInvalid(row)) {
                                return;
                            }
                            RowParser.parse(row, new ArrayList<>()).ifPresent(p -> batch.add(p.record()));
                            if (batch.size() >= options.batchSize()) {
                                failFast(written);
                                flush.run();
                            }
                        },
                        problem -> {});
            }
            if (!batch.isEmpty()) {
                flush.run();
            }
            WriteCounts total = WriteCounts.NONE;
            for (Future<WriteCounts> f : written) {
                total = total.plus(Futures.result(f));
            }
            return total;
        } finally {
            writerThread.shutdownNow();
            preparers.shutdownNow();
        }
    }

    /** Stops reading as soon as a batch has failed: its error is the import's. */
    private static void failFast(List<Future<WriteCounts>> written) {
        for (Future<WriteCounts> f : written) {
            if (f.isDone()) {
                Futures.result(f);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<List<Object>, GraphWriter.Batch> preparer(GraphWriter writer, Table table) {
        return switch (table) {
            case SOURCES -> batch -> writer.prepareSources((List<SourceRecord>) (List<?>) batch);
            case ENTITIES -> batch -> writer.prepareEntities((List<EntityRecord>) (List<?>) batch);
            case EVENTS -> batch -> writer.prepareEvents((List<EventRecord>) (List<?>) batch);
            case PARTICIPANTS -> batch -> writer.prepareParticipations((List<ParticipationRecord>) (List<?>) batch);
            case TIES -> batch -> writer.prepareTies((List<TieRecord>) (List<?>) batch);
        };
    }
}
