package org.influencegraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the import guide's table of the rule catalog's phrasings ({@link RuleCatalog#phrasings()}) between its
 * two markers in docs/IMPORT.md, so that the guide lists what the shipped catalog reads. Run by
 * {@code scripts/import-guide-phrasings.sh} after a rule is added or changed; {@code ImportGuidePhrasingsTest}
 * fails while the guide is out of date.
 */
public final class ImportGuidePhrasings {

    static final String START = "<!-- phrasings: generated from src/main/resources/extract/rules by"
            + " scripts/import-guide-phrasings.sh; do not edit -->";
    static final String END = "<!-- end of phrasings -->";
    static final String COMMAND = "scripts/import-guide-phrasings.sh";

    private ImportGuidePhrasings() {}

    /** The guide with its table made anew from the catalog; the guide must hold both markers. */
    static String regenerate(String guide, String phrasings) {
        int start = guide.indexOf(START);
        int end = guide.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(
                    "docs/IMPORT.md: the markers '" + START + "' and '" + END + "' must be there, in that order");
        }
        return guide.substring(0, start + START.length()) + "\n\n" + phrasings + "\n" + guide.substring(end);
    }

    /** The table as the guide holds it now, between its markers. */
    static String current(String guide) {
        int start = guide.indexOf(START);
        int end = guide.indexOf(END);
        if (start < 0 || end < start) {
            return "";
        }
        return guide.substring(start + START.length(), end).strip() + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path guide = Path.of(args.length > 0 ? args[0] : "docs/IMPORT.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        String updated = regenerate(text, RuleCatalog.shipped().phrasings());
        Files.writeString(guide, updated, StandardCharsets.UTF_8);
        System.out.println(guide + (updated.equals(text) ? ": up to date" : ": phrasings written") + " ("
                + RuleCatalog.shipped().rules().size() + " rules)");
    }
}
