package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.importer.CsvMapping;
import org.influencegraph.importer.ImportFormat;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.Imports;
import org.influencegraph.importer.Table;

/**
 * {@code POST /api/imports}: files uploaded as multipart form data, imported as one data set exactly as the
 * import command imports files. The uploads are kept in a private temporary folder for the length of the
 * import and deleted after it. One import runs at a time, this or an article; another gets 429.
 */
final class ImportController {

    private static final int MAX_PROBLEMS_SHOWN = 100;
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}._ -]{1,200}");

    /** The answer to an upload: each part's report, and when nothing was written, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportAnswer(String error, String detail, List<ImportPart> imports) {}

    /**
     * What one part of an upload (the files of one format) did: rows read and skipped, counts by table (those
     * it touched), its problems (the first {@value #MAX_PROBLEMS_SHOWN}) and the records it had no place for.
     */
    record ImportPart(
            String format,
            boolean written,
            long rows,
            long skipped,
            Map<String, Counts> tables,
            int problemCount,
            List<Problem> problems,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> leftOut) {

        static ImportPart of(Imports.Part part) {
            ImportReport report = part.report();
            Map<String, Counts> tables = new LinkedHashMap<>();
            for (Table table : Table.values()) {
                WriteCounts c = report.counts().getOrDefault(table, WriteCounts.NONE);
                if (c.created() + c.updated() + c.unchanged() > 0) {
                    tables.put(table.name().toLowerCase(Locale.ROOT), Counts.of(c));
                }
            }
            return new ImportPart(
                    part.format().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    report.written(),
                    report.rowsRead(),
                    report.rowsSkipped(),
                    tables,
                    report.problems().size(),
                    report.problems().stream()
                            .limit(MAX_PROBLEMS_SHOWN)
                            .map(p -> new Problem(p.file(), p.line(), p.column(), p.message()))
                            .toList(),
                    report.leftOut());
        }
    }

    /** A problem with the file, line and column it was found at. */
    record Problem(String file, long line, String column, String message) {}

    private final Imports imports;
    private final Semaphore running;

    /** {@code running}: the one permit an import holds, shared with {@code POST /api/articles}. */
    ImportController(Imports imports, Semaphore running) {
        this.imports = imports;
        this.running = running;
    }

    void upload(Context ctx) throws IOException {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            throw new UserError("send the files as multipart/form-data, one 'file' part each "
                    + "(curl -F file=@entities.csv -F file=@ties.csv)");
        }
        ImportFormat forced = Imports.format(ctx.queryParam("format"));
        boolean skipInvalid = Params.flag(ctx, "skipInvalid");
        if (!running.tryAcquire()) {
            throw UserError.refusal(Kind.BUSY, "another import is running; retry when it is done");
        }
        Path dir = Files.createTempDirectory("ig-upload");
        try {
            List<ImportInput> inputs = new ArrayList<>();
            for (UploadedFile file : parts(ctx, () -> ctx.uploadedFiles("file"))) {
                String name = name(file);
                Path saved = save(file, dir.resolve(inputs.size() + "-" + name));
                inputs.add(new ImportInput(name, () -> Files.newInputStream(saved)));
            }
            if (inputs.isEmpty()) {
                throw new UserError("no files: send one or more 'file' parts");
            }
            UploadedFile mappingFile = parts(ctx, () -> ctx.uploadedFile("mapping"));
            CsvMapping mapping = mappingFile == null
                    ? null
                    : CsvMapping.read(save(mappingFile, dir.resolve("mapping-" + name(mappingFile))));
            var groups = Imports.groups(inputs, forced, mapping != null);
            var options = new ImportOptions(ImportOptions.BATCH_SIZE, skipInvalid, false);
            var parts = imports.run(groups, mapping, options);
            answer(ctx, parts);
        } finally {
            running.release();
            delete(dir);
        }
    }

    /** The form's parts, read by Jetty's multipart parser, whose failures become 413 or 400. */
    private static <T> T parts(Context ctx, Callable<T> read) {
        try {
            return read.call();
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            // Kotlin code may throw checked exceptions (IOException, ServletException) undeclared.
            // Jetty's multipart parser: a part or the whole upload over its limit, or a broken form.
            String message = String.valueOf(e.getMessage()) + String.valueOf(e.getCause());
            if (message.toLowerCase(Locale.ROOT).contains("max")) {
                throw new UserError(Kind.TOO_LARGE, "the upload is larger than the upload limit " + "(IG_MAX_UPLOAD)");
            }
            throw new UserError("the multipart form could not be read: send multipart/form-data with its boundary, "
                    + "one 'file' part a file (curl -F file=@entities.csv)");
        }
    }

    /** Copies an upload to the private folder; errors quote the file's own name, not this copy's. */
    private static Path save(UploadedFile file, Path target) throws IOException {
        try (InputStream in = file.content()) {
            Files.copy(in, target);
        }
        return target;
    }

    private static String name(UploadedFile file) {
        String name = file.filename() == null ? "" : file.filename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new UserError("upload file names must be plain names such as entities.csv or people.ftm.json, "
                    + "not '" + name.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return name;
    }

    private static void answer(Context ctx, List<Imports.Part> parts) {
        List<ImportPart> out = parts.stream().map(ImportPart::of).toList();
        boolean anyWritten = parts.stream().anyMatch(part -> part.report().written());
        long problems = parts.stream()
                .mapToLong(part -> part.report().problems().size())
                .sum();
        if (problems > 0 && !anyWritten) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .json(new ImportAnswer(
                            "unprocessable content",
                            "nothing was "
                                    + "imported: " + problems
                                    + " problems; fix them, or send skipInvalid=true to import the valid "
                                    + "rows",
                            out));
        } else {
            ctx.json(new ImportAnswer(null, null, out));
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
