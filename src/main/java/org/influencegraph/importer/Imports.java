package org.influencegraph.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.influencegraph.UserError;
import org.influencegraph.graph.Graph;

/**
 * One import of several files, whatever their formats: each file's format is told (or forced), and each
 * group of files of one format is imported by its importer. The command line and the HTTP upload share it.
 */
public final class Imports {

    /** What one format's files gave. */
    public record Part(ImportFormat format, ImportReport report) {}

    private final Graph graph;
    private final Map<String, String> articleMetadata;

    public Imports(Graph graph) {
        this(graph, Map.of());
    }

    /** {@code articleMetadata} (title, publisher, author, date, url) overrides what article files say. */
    public Imports(Graph graph, Map<String, String> articleMetadata) {
        this.graph = graph;
        this.articleMetadata = articleMetadata;
    }

    /** The format named by {@code text} (auto, native, ftm, mapped-csv or article); null for auto. */
    public static ImportFormat format(String text) {
        return switch (text == null ? "auto" : text.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "native" -> ImportFormat.NATIVE;
            case "ftm" -> ImportFormat.FTM;
            case "mapped-csv" -> ImportFormat.MAPPED_CSV;
            case "article" -> ImportFormat.ARTICLE;
            default ->
                throw new UserError("the format must be auto, native, ftm, mapped-csv or article, not '" + text + "'");
        };
    }

    /** The inputs grouped by format, in the order of {@link ImportFormat}. */
    public static Map<ImportFormat, List<ImportInput>> groups(
            List<ImportInput> inputs, ImportFormat forced, boolean mappingGiven) {
        if (forced == ImportFormat.MAPPED_CSV && !mappingGiven) {
            throw new UserError("the mapped-csv format needs a mapping file");
        }
        Map<ImportFormat, List<ImportInput>> groups = new EnumMap<>(ImportFormat.class);
        for (ImportInput input : inputs) {
            ImportFormat f = forced != null ? forced : ImportFormat.detect(input, mappingGiven);
            groups.computeIfAbsent(f, k -> new ArrayList<>()).add(input);
        }
        return groups;
    }

    /** Imports one format's files. */
    public ImportReport run(
            ImportFormat format,
            List<ImportInput> inputs,
            CsvMapping mapping,
            ImportOptions options,
            Importer.Progress progress) {
        return importer(format, mapping).run(inputs, options, progress);
    }

    private Importer importer(ImportFormat format, CsvMapping mapping) {
        return switch (format) {
            case NATIVE -> new NativeImporter(graph);
            case FTM -> new FtmImporter(graph);
            case MAPPED_CSV -> new MappedCsvImporter(graph, mapping);
            case ARTICLE ->
                (inputs, options, progress) -> new ArticleImporter(graph).run(inputs, articleMetadata, options);
        };
    }

    /** Imports every group, one format after the other. */
    public List<Part> run(Map<ImportFormat, List<ImportInput>> groups, CsvMapping mapping, ImportOptions options) {
        List<Part> parts = new ArrayList<>();
        groups.forEach((format, inputs) ->
                parts.add(new Part(format, run(format, inputs, mapping, options, Importer.Progress.NONE))));
        return parts;
    }
}
