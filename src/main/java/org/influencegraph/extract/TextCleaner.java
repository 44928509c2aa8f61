package org.influencegraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text made ready for the NLP pipeline, character for character the same length, so that every
 * offset a fact records still points into the article as written: the byline ("By NAME in CITY DATE") keeps
 * its name and place, a paragraph of its own so that the headline is a sentence of its own; the dateline ("DOHA,
 * Nov 24 (Reuters) -", "WASHINGTON —") is blanked; and the hard line breaks of wire copy wrapped at 70 columns
 * become spaces, so that no name or sentence is cut by one.
 */
final class TextCleaner {

    /** A byline line: "By Daniel Ortiz in Washington December 17, 2014"; the group is what follows the name. */
    private static final Pattern BYLINE =
            Pattern.compile("(?m)^By \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}" + "([^\\n]{0,120})$");
    /**
     * A dateline opening a paragraph: a city in capitals, maybe a date and an agency, then a dash. Not a
     * sentence that opens with an acronym ("NATO - the alliance"): the city is two letters or more, followed by a
     * comma and a date, or by a dash with spaces around it.
     */
    private static final Pattern DATELINE =
            Pattern.compile("(?m)^(?:\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
                    + "(?:(?:,|\\s)\\s*(?:\\p{Lu}[\\p{L}.]{1,9} \\d{1,2}|\\d{1,2} \\p{Lu}[\\p{L}.]{1,9}))?"
                    + "(?: \\([\\p{L} ]{2,30}\\))?\\s*[—–-]{1,2}\\s+(?=\\p{Lu}|[\"“])");
    /** The date that ends a byline: "December 17, 2014", "17 December 2014", "Dec. 17, 2014". */
    private static final Pattern BYLINE_DATE = Pattern.compile(
            "\\s+(?:\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2},? \\d{4}|" + "\\d{1,2} \\p{Lu}\\p{L}{2,8}\\.? \\d{4})\\s*$");
    /**
     * A single line break after a line of 50 characters or more, before another line of text: a hard wrap of
     * wire copy (wrapped at about 70), not a heading's or a link's end.
     */
    private static final Pattern WRAP = Pattern.compile("(?m)(?<=^[^\\n]{49,}\\S)[ \\t]*\\n(?=[ \\t]*\\S)");

    private TextCleaner() {}

    static String clean(String text) {
        char[] out = text.toCharArray();
        Matcher byline = BYLINE.matcher(text);
        boolean blanked = false;
        if (byline.find() && byline.start() < 400) {
            // The author and the place stay, a paragraph of their own: "By" becomes the end of the headline's
            // paragraph, and the date is blanked, its last character ending the byline's.
            out[byline.start()] = '\n';
            out[byline.start() + 1] = ' ';
            Matcher date = BYLINE_DATE.matcher(byline.group(1));
            if (date.find()) {
                int from = byline.start(1) + date.start();
                blank(out, from, byline.end(1));
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
