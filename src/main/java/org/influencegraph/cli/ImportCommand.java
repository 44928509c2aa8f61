package org.influencegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.importer.BulkImporter;
import org.influencegraph.importer.CsvMapping;
import org.influencegraph.importer.ImportFormat;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.Imports;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.importer.Problem;
import org.influencegraph.importer.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports files into the graph: native tables, FollowTheMoney entities, or any CSV through a mapping. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import files or folders: native tables (CSV or JSON lines), FollowTheMoney entities (JSON "
                + "lines, told by their \"schema\" field), or any CSV through --mapping (docs/IMPORT.md). Nothing "
                + "is written when a row has a problem, unless --skip-invalid. Importing the same data twice "
                + "changes nothing.")
public final class ImportCommand implements Callable<Integer> {

    private static final int MAX_PROBLEMS_SHOWN = 50;

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(
            names = "--skip-invalid",
            defaultValue = "${env:IG_SKIP_INVALID:-false}",
            description = "Import the valid rows and skip (and report) the invalid ones and those that depend on "
                    + "them (env IG_SKIP_INVALID; default: ${DEFAULT-VALUE})")
    boolean skipInvalid;

    @Option(
            names = "--batch-size",
            defaultValue = "${env:IG_BATCH_SIZE:-" + ImportOptions.BATCH_SIZE + "}",
            description = "Rows a transaction (env IG_BATCH_SIZE; default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--check", description = "Read and check every row, report the problems, write nothing.")
    boolean checkOnly;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description =
                    "auto, native, ftm, mapped-csv or article "
                            + "(default: ${DEFAULT-VALUE}: articles by their .txt, .md or .html name, FollowTheMoney when a JSON-lines "
                            + "file's records have a \"schema\", mapped-csv for CSV files when --mapping is given, native otherwise)")
    String format;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "A mapping file (YAML or JSON) that says how the columns of the CSV files make entities, "
                    + "ties, events and sources (docs/IMPORT.md)")
    Path mapping;

    @Option(
            names = "--bulk",
            negatable = true,
            description = "First load of native files into an empty embedded database through Neo4j's batch "
                    + "importer: the same checks and the same graph as the online import, many times faster. "
                    + "Without --bulk or --no-bulk it is chosen when the database is empty and the files come to "
                    + "64 MB or more (docs/IMPORT.md). Refused for a database that holds anything.")
    Boolean bulk;

    @Option(names = "--title", description = "Title of the article(s), where the file does not say")
    String title;

    @Option(names = "--publisher", description = "Publisher of the article(s)")
    String publisher;

    @Option(names = "--author", description = "Author of the article(s)")
    String author;

    @Option(names = "--date", description = "Date of the article(s), such as 2021-11-19")
    String date;

    @Option(names = "--url", description = "Address of the article")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new UserError("--batch-size must be at least 1");
        }
        List<ImportInput> inputs = NativeImporter.inputs(paths);
        if (inputs.isEmpty()) {
            throw new UserError("no .csv, .json, .jsonl, .ndjson, .txt, .md or .html files under " + paths);
        }
        ImportFormat forced = Imports.format(format);
        if (forced == ImportFormat.MAPPED_CSV && mapping == null) {
            throw new UserError("--format mapped-csv needs --mapping FILE");
        }
        Map<ImportFormat, List<ImportInput>> groups = Imports.groups(inputs, forced, mapping != null);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var options = new ImportOptions(batchSize, skipInvalid, checkOnly);
        if (bulk(groups, inputs)) {
            ImportReport report = BulkImporter.run(database, inputs, batchSize, (what, seconds) -> {
                err.printf("  %s: %.1f s%n", what, seconds);
                err.flush();
            });
            print(report, false, out, err);
            if (report.written()) {
                out.println("loaded in bulk (Neo4j's batch importer), schema and name indexes built");
                out.flush();
            }
            return report.ok() ? 0 : 1;
        }
        boolean ok = true;
        try (App app = App.open(database, false)) {
            for (var group : groups.entrySet()) {
                if (groups.size() > 1) {
                    out.printf(
                            "%s files:%n",
                            group.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
                var progress = new ProgressPrinter(err);
                ImportReport report = new Imports(app.graph(), articleMetadata())
                        .run(
                                group.getKey(),
                                group.getValue(),
                                group.getKey() == ImportFormat.MAPPED_CSV ? CsvMapping.read(mapping) : null,
                                options,
                                progress);
                progress.done();
                print(report, group.getKey() == ImportFormat.ARTICLE, out, err);
                ok &= report.ok();
            }
            return ok ? 0 : 1;
        }
    }

    /**
     * Whether to load in bulk: when told to, or, not told either way, for native files of 64 MB or more into an
     * empty embedded database without --check or --skip-invalid.
     */
    private boolean bulk(Map<ImportFormat, List<ImportInput>> groups, List<ImportInput> inputs) {
        boolean nativeOnly = groups.size() == 1 && groups.containsKey(ImportFormat.NATIVE);
        if (Boolean.TRUE.equals(bulk)) {
            if (!nativeOnly) {
                throw new UserError("--bulk loads native tables only (CSV or JSON lines); these files are "
                        + groups.keySet() + ": import without --bulk");
            }
            if (checkOnly || skipInvalid) {
                throw new UserError("--bulk cannot be combined with " + (checkOnly ? "--check" : "--skip-invalid")
                        + ": it writes all the rows or none");
            }
            return true;
        }
        return bulk == null
                && nativeOnly
                && !checkOnly
                && !skipInvalid
                && database.embedded()
                && BulkImporter.large(inputs)
                && BulkImporter.nodes(database) == 0;
    }

    /** The article metadata given as options; blanks for none. */
    private Map<String, String> articleMetadata() {
        Map<String, String> m = new HashMap<>();
        m.put("title", title);
        m.put("publisher", publisher);
        m.put("author", author);
        m.put("date", date);
        m.put("url", url);
        m.values().removeIf(Objects::isNull);
        return m;
    }

    private void print(ImportReport report, boolean articles, PrintWriter out, PrintWriter err) {
        List<Problem> problems = report.problems();
        problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("error: " + p));
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            err.printf("... and %d more problems%n", problems.size() - MAX_PROBLEMS_SHOWN);
        }
        if (checkOnly) {
            out.printf(
                    "Checked %,d rows in %.1f s: %s.%n",
                    report.rowsRead(),
                    report.duration().toMillis() / 1000.0,
                    problems.isEmpty() ? "no problems" : problems.size() + " problems");
            out.flush();
            err.flush();
            return;
        }
        if (!report.written()) {
            err.printf(
                    "Nothing was imported: %d problems in %,d rows. Fix them, or rerun with --skip-invalid "
                            + "to import the valid rows.%n",
                    problems.size(), report.rowsRead());
            err.flush();
            return;
        }
        out.printf("%-14s %10s %10s %10s%n", "", "created", "updated", "unchanged");
        for (Table table : Table.values()) {
            WriteCounts c = report.counts().getOrDefault(table, WriteCounts.NONE);
            out.printf("%-14s %,10d %,10d %,10d%n", table.fileName(), c.created(), c.updated(), c.unchanged());
        }
        double seconds = report.duration().toMillis() / 1000.0;
        if (articles) {
            long read = report.rowsRead() - report.rowsSkipped();
            out.printf(
                    "%,d article%s in %.1f s (%,.1f a minute, the language models' loading included); facts the "
                            + "extractor is not sure of are held for review: query candidates%n",
                    read, read == 1 ? "" : "s", seconds, read * 60 / Math.max(seconds, 0.001));
            out.flush();
            err.flush();
            return;
        }
        out.printf(
                "%,d rows in %.1f s (%,.0f rows/s)",
                report.rowsRead(), seconds, report.rowsRead() / Math.max(seconds, 0.001));
        if (report.rowsSkipped() > 0) {
            out.printf("; %,d invalid rows skipped", report.rowsSkipped());
        }
        out.println();
        report.leftOut()
                .forEach((what, count) -> out.printf("left out (no place in the model): %,d %s%n", count, what));
        out.flush();
        err.flush();
    }

    /** Prints how far each table has got, at most every two seconds. */
    private static final class ProgressPrinter implements Importer.Progress {
        private final PrintWriter err;
        private long last;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void written(Table table, long rows) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                last = now;
                err.printf("  %s: %,d rows written%n", table.fileName(), rows);
                err.flush();
            }
        }

        void done() {
            err.flush();
        }
    }
}
