package org.influencegraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text made ready for the NLP pipeline, character for character the same length, so that every
 * offset a fact records still points into the article as written: the byline ("By NAME in CITY DATE") keeps
 * only its name, a paragraph of its own so that the headline is a sentence of its own; the dateline ("DOHA,
 * Nov 24 (Reuters) -", "WASHINGTON —") is blanked; and the hard line breaks of wire copy wrapped at 70 columns
 * become spaces, so that no name or sentence is cut by one.
 */
final class TextCleaner {

    /** A byline line: "By Daniel Ortiz in Washington December 17, 2014"; the group is what follows the name. */
    private static final Pattern BYLINE = Pattern.compile("(?m)^By \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "([^\\n]{0,120})$");
    /**
     * A dateline opening a paragraph: a city in capitals, maybe a date and an agency, then a dash. Not a
     * sentence that opens with an acronym ("NATO - the alliance"): the city is two letters or more, followed by a
     * comma and a date, or by a dash with spaces around it.
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(?:\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
            + "(?:(?:,|\\s)\\s*(?:\\p{Lu}[\\p{L}.]{1,9} \\d{1,2}|\\d{1,2} \\p{Lu}[\\p{L}.]{1,9}))?"
            + "(?: \\([\\p{L} ]{2,30}\\))?\\s*[—–-]{1,2}\\s+(?=\\p{Lu}|[\"“])");
    /** A single line break between two lines of text: a hard wrap, not a paragraph's end. */
    private static final Pattern WRAP = Pattern.compile("(?<=\\S)[ \\t]*\\n(?=[ \\t]*\\S)");

    private TextCleaner() {
    }

    static String clean(String text) {
        char[] out = text.toCharArray();
        Matcher byline = BYLINE.matcher(text);
        boolean blanked = false;
        if (byline.find() && byline.start() < 400) {
            // The author stays, a sentence of its own: "By" becomes the end of the headline's paragraph, and the
            // place and date after the name are blanked, their last character ending the byline's.
            out[byline.start()] = '\n';
            out[byline.start() + 1] = ' ';
            if (byline.end(1) > byline.start(1)) {
                blank(out, byline.start(1), byline.end(1));
                out[byline.end(1) - 1] = '\n';
            }
            blanked = true;
        }
        Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            if (dateline.start() > 0 && text.charAt(dateline.start() - 1) != '\n') {
                continue;
            }
            blank(out, dateline.start(), dateline.end());
        }
        String cleaned = new String(out);
        int body = blanked ? byline.end() : 0;
        StringBuilder joined = new StringBuilder(cleaned.substring(0, body));
        Matcher wrap = WRAP.matcher(cleaned).region(body, cleaned.length());
        int at = body;
        while (wrap.find()) {
            joined.append(cleaned, at, wrap.start()).append(" ".repeat(wrap.end() - wrap.start()));
            at = wrap.end();
        }
        joined.append(cleaned.substring(at));
        return joined.toString();
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }
}
