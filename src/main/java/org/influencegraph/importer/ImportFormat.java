package org.influencegraph.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@code import} reads, and how it tells them apart when not told. */
public enum ImportFormat {
    /** The native tables (docs/IMPORT.md), CSV or JSON lines. */
    NATIVE,
    /** FollowTheMoney entities, one JSON object a line. */
    FTM,
    /** Any CSV, read through a mapping file. */
    MAPPED_CSV,
    /** News articles: plain text, Markdown or HTML. */
    ARTICLE;

    /**
     * The format of a file: JSON lines whose first record has a {@code "schema"} are FollowTheMoney, other
     * JSON lines and CSV files native (CSV files are read through the mapping when one is given).
     */
    public static ImportFormat detect(ImportInput input, boolean mappingGiven) {
        if (ArticleReader.format(input.fileName()) != null) {
            return ARTICLE;
        }
        if (input.isCsv()) {
            return mappingGiven ? MAPPED_CSV : NATIVE;
        }
        String name = input.fileName().toLowerCase(Locale.ROOT);
        if (name.contains(".ftm.")) {
            return FTM;
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(input.opener().open(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return line.contains("\"schema\"") && !line.contains("\"record\"") ? FTM : NATIVE;
                }
            }
        } catch (IOException e) {
            // The importer reports an unreadable file with its name.
        }
        return NATIVE;
    }

    /** Whether a file in a folder is one {@code import} reads. */
    public static boolean importable(ImportInput input) {
        String name = input.fileName().toLowerCase(java.util.Locale.ROOT);
        // A data folder's own notes are not news.
        boolean notes = name.startsWith("readme") || name.startsWith("license") || name.startsWith("changelog");
        return input.isCsv() || input.isJsonLines() || ArticleReader.format(input.fileName()) != null && !notes;
    }
}
