package org.influencegraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * The first load of native files into an empty embedded database through Neo4j's own batch importer (the
 * library behind {@code neo4j-admin database import}). The rows are checked exactly as the online import
 * checks them, and nothing is written when one has a problem. The graph is built in memory from the rows
 * {@link GraphWriter} prepares, batch by batch as the online import sends them (so name keys, sounds and
 * provenance are computed by the same code), written as a new store, and the schema and name indexes are
 * built when the database starts. The result is the graph the online import would leave.
 * A folder with no database yet is not started first: the rows are checked beside the building of the graph,
 * and the database starts once, on the new store. Relationships are held as arrays (ends, type, properties as
 * key and value), not as an object and a map each.
 */
public final class BulkImporter {

    /** Files this large in all make an import into an empty embedded database bulk without being told. */
    public static final long AUTO_BYTES = 64L * 1024 * 1024;

    private static final int CHUNK = 10_000;

    /**
     * The batch importer builds the label and relationship type lookup indexes as it writes (as {@code
     * neo4j-admin database import} does), so the database's start does not scan the new store to build them.
     */
    private static final Configuration WITH_TOKEN_INDEXES = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private static final int PREPARERS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private BulkImporter() {}

    /** Whether an import not told {@code --bulk} should go bulk: native files of {@link #AUTO_BYTES} or more. */
    public static boolean large(List<ImportInput> inputs) {
        long bytes = 0;
        for (ImportInput input : inputs) {
            Path path = Path.of(input.name());
            if (!Files.isRegularFile(path)) {
                return false;
            }
            try {
                bytes += Files.size(path);
            } catch (IOException e) {
                return false;
            }
        }
        return bytes >= AUTO_BYTES;
    }

    /** The number of nodes in the embedded database of these options (0 for a folder with no database yet). */
    public static long nodes(DatabaseOptions options) {
        if (!options.embedded()) {
            throw new UserError("--bulk loads an embedded database only (--data); NEO4J_URI names a server: "
                    + "import without --bulk, or use neo4j-admin database import on the server");
        }
        // Nothing to count, and no reason to make the database (its first start) only to find it empty.
        if (!hasDatabase(options.dataDir)) {
            return 0;
        }
        try (App app = App.open(options, false)) {
            return app.graph().counts().nodes();
        }
    }

    /**
     * Loads the files into the empty embedded database of these options. Refuses a database that holds
     * anything; returns the report, with the problems and nothing written when a row has one.
     */
    public static ImportReport run(DatabaseOptions options, List<ImportInput> inputs, int batchSize) {
        return run(options, inputs, batchSize, (what, seconds) -> {});
    }

    /** Told what each phase of a bulk load did and how long it took. */
    @FunctionalInterface
    public interface Phases {
        void done(String what, double seconds);
    }

    /** As {@link #run(DatabaseOptions, List, int)}, telling {@code phases} how long each phase took. */
    public static ImportReport run(DatabaseOptions options, List<ImportInput> inputs, int batchSize, Phases phases) {
        long started = System.nanoTime();
        long[] lap = {started};
        java.util.function.Consumer<String> phase = what -> {
            long now = System.nanoTime();
            phases.done(what, (now - lap[0]) / 1e9);
            lap[0] = now;
        };
        ImportReport check;
        BulkState state = new BulkState();
        Map<Table, WriteCounts> counts = new EnumMap<>(Table.class);
        if (hasDatabase(options.dataDir)) {
            try (App app = App.open(options, false)) {
                long nodes = app.graph().counts().nodes();
                if (nodes > 0) {
                    throw new UserError("--bulk loads an empty database only, and " + options.dataDir + " holds "
                            + String.format("%,d", nodes) + " nodes: import without --bulk (the online import adds "
                            + "to what is there), or point --data at a new folder");
                }
                phase.accept("database opened, found empty");
                check = new NativeImporter(app.graph())
                        .run(inputs, new ImportOptions(batchSize, false, true), Importer.Progress.NONE);
                phase.accept(String.format("%,d rows checked", check.rowsRead()));
            }
            if (check.ok()) {
                build(inputs, batchSize, state, counts);
            }
        } else {
            // No database in the folder yet: nothing to start, and nothing the rows could refer to but each other.
            // The rows are checked on one thread while the graph is built on the others; a problem drops the graph.
            ExecutorService checker = Executors.newSingleThreadExecutor(r -> daemon(r, "bulk-check"));
            try {
                Future<ImportReport> checked = checker.submit(() -> new NativeImporter(null)
                        .run(inputs, new ImportOptions(batchSize, false, true), Importer.Progress.NONE));
                RuntimeException failed = null;
                try {
                    build(inputs, batchSize, state, counts);
                } catch (RuntimeException e) {
                    failed = e;
                }
                check = Futures.result(checked);
                if (failed != null && check.ok()) {
                    throw failed;
                }
            } finally {
                checker.shutdownNow();
            }
            phase.accept(String.format("%,d rows checked while the graph was built", check.rowsRead()));
        }
        if (!check.ok()) {
            return new ImportReport(
                    Map.of(),
                    check.rowsRead(),
                    check.rowsSkipped(),
                    check.problems(),
                    false,
                    Duration.ofNanos(System.nanoTime() - started));
        }
        state.sealed();
        phase.accept(
                String.format("graph built in memory (%,d nodes, %,d relationships)", state.nodes.size(), state.rels));
        write(options.dataDir, state);
        state = null;
        phase.accept("store written by the batch importer");
        // The schema (constraints, the name indexes) is applied, and the indexes built, as the database opens.
        try (App app = App.open(options, false)) {
            app.graph().counts();
        }
        phase.accept("database opened, schema and name indexes built");
        return new ImportReport(
                counts, check.rowsRead(), 0, List.of(), true, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Whether the folder holds a database already (a store of any database), which must be opened to be seen. */
    private static boolean hasDatabase(Path dataDir) {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath().normalize())
                .build();
        return Files.exists(Neo4jLayout.of(config).databasesDirectory());
    }

    /** Builds the graph in memory table by table, as the online import writes the tables; tallies into counts. */
    private static void build(
            List<ImportInput> inputs, int batchSize, BulkState state, Map<Table, WriteCounts> counts) {
        ExecutorService preparers = Executors.newFixedThreadPool(PREPARERS, r -> daemon(r, "bulk-prepare"));
        try {
            for (Table table : Table.values()) {
                long[] tally = fold(table, inputs, batchSize, state, preparers);
                if (tally[0] > 0) {
                    counts.put(table, new WriteCounts(tally[1], 0, tally[0] - tally[1]));
                }
            }
        } finally {
            preparers.shutdownNow();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Reads one table's rows in the order and batches the online import writes them, into the state; returns
     * the rows as prepared (one an id within a batch) and how many of them made a node or tie. Batches are
     * prepared (name keys, sounds) on the preparing threads, a few ahead, and applied in order on this one.
     */
    private static long[] fold(
            Table table, List<ImportInput> inputs, int batchSize, BulkState state, ExecutorService preparers) {
        GraphWriter writer = new GraphWriter(null);
        Function<List<Object>, GraphWriter.Batch> prepare = preparer(writer, table);
        List<Object> batch = new ArrayList<>(batchSize);
        java.util.ArrayDeque<Future<GraphWriter.Batch>> ahead = new java.util.ArrayDeque<>();
        long[] tally = {0, 0};
        Runnable flush = () -> {
            List<Object> records = List.copyOf(batch);
            batch.clear();
            ahead.add(preparers.submit(() -> prepare.apply(records)));
            if (ahead.size() > PREPARERS) {
                apply(table, Futures.result(ahead.poll()).rows(), state, tally);
            }
        };
        for (ImportInput input : inputs) {
            Optional<Table> only = onlyTable(input);
            if (only.isPresent() && only.get() != table) {
                continue;
            }
            RowReader.read(
                    input,
                    row -> {
                        if (row.table() != table) {
                            return;
                        }
                        RowParser.parse(row, new ArrayList<>()).ifPresent(p -> batch.add(p.record()));
                        if (batch.size() >= batchSize) {
                            flush.run();
                        }
                    },
                    problem -> {});
        }
        if (!batch.isEmpty()) {
            flush.run();
        }
        while (!ahead.isEmpty()) {
            apply(table, Futures.result(ahead.poll()).rows(), state, tally);
        }
        return tally;
    }

    /** The one table a CSV file named after a table holds (the reader takes the table from the name first). */
    private static Optional<Table> onlyTable(ImportInput input) {
        String name = input.fileName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") ? Table.ofCsv(name, java.util.Set.of()) : Optional.empty();
    }

    private static void apply(Table table, List<Map<String, Object>> rows, BulkState state, long[] tally) {
        tally[0] += rows.size();
        tally[1] += state.apply(table, rows);
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

    /** Replaces the (empty) store of the default database with the state, through the batch importer. */
    private static void write(Path dataDir, BulkState state) {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath().normalize())
                .build();
        StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
        DatabaseLayout layout =
                engine.databaseLayout(Neo4jLayout.of(config), GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (var fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            fs.deleteRecursively(layout.databaseDirectory());
            fs.deleteRecursively(layout.getTransactionLogsDirectory());
            var importer = engine.batchImporter(
                    layout,
                    fs,
                    PageCacheTracer.NULL,
                    WITH_TOKEN_INDEXES,
                    NullLogService.getInstance(),
                    new PrintStream(java.io.OutputStream.nullOutputStream()),
                    false,
                    DefaultAdditionalIds.EMPTY,
                    config,
                    Monitor.NO_MONITOR,
                    scheduler,
                    Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input(state));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    private static Input input(BulkState state) {
        long labels = 0;
        for (BulkState.Node n : state.nodes) {
            labels += n.labels.length;
        }
        var estimates = Input.knownEstimates(
                state.nodes.size(),
                state.rels,
                state.nodeProperties,
                state.relProperties,
                state.nodeProperties * 24,
                state.relProperties * 24,
                labels);
        InputIterable nodes = () -> new Chunks(state.nodes.size(), (i, v) -> {
            BulkState.Node n = state.nodes.get(i);
            v.id(n.id);
            v.labels(n.labels);
            n.props.forEach((k, value) -> v.property(k, neo4j(value)));
        });
        InputIterable rels = () -> new Chunks(state.rels, (i, v) -> {
            v.startId(state.relStart[i]);
            v.endId(state.relEnd[i]);
            v.type(state.types.get(state.relType[i]));
            Object[] props = state.relProps[i];
            for (int p = 0; p < props.length; p += 2) {
                v.property((String) props[p], neo4j(props[p + 1]));
            }
        });
        return Input.input(nodes, rels, IdType.ACTUAL, estimates, ReadableGroups.EMPTY);
    }

    /** A value as Cypher stores it: whole numbers as longs, lists as arrays. */
    static Object neo4j(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            if (list.stream().allMatch(x -> x instanceof String)) {
                return list.toArray(new String[0]);
            }
            if (list.stream().allMatch(x -> x instanceof Double || x instanceof Float)) {
                return list.stream()
                        .mapToDouble(x -> ((Number) x).doubleValue())
                        .toArray();
            }
            if (list.stream().allMatch(x -> x instanceof Number)) {
                return list.stream().mapToLong(x -> ((Number) x).longValue()).toArray();
            }
            if (list.stream().allMatch(x -> x instanceof Boolean)) {
                boolean[] b = new boolean[list.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (Boolean) list.get(i);
                }
                return b;
            }
            throw new IllegalStateException("a list of mixed values cannot be stored: " + list);
        }
        return value;
    }

    @FunctionalInterface
    private interface Emit {
        void to(int item, InputEntityVisitor visitor);
    }

    /** Hands the batch importer's threads chunks of the items 0 to size - 1. */
    private static final class Chunks implements InputIterator {
        private final int size;
        private final Emit emit;
        private int next;

        Chunks(int size, Emit emit) {
            this.size = size;
            this.emit = emit;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= size) {
                return false;
            }
            Chunk c = (Chunk) chunk;
            c.at = next;
            c.end = Math.min(size, next + CHUNK);
            next = c.end;
            return true;
        }

        @Override
        public void close() {}

        private final class Chunk implements InputChunk {
            int at;
            int end;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (at >= end) {
                    return false;
                }
                emit.to(at++, visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {}
        }
    }
}
