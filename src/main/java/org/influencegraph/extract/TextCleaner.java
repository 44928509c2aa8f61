package org.influencegraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text made ready for the NLP pipeline, character for character the same length, so that every
 * offset a fact records still points into the article as written, and a fact's quote is the written sentence
 * with its line breaks as spaces:
 *
 * <ul>
 *   <li>any space (a tab, a no-break space, a thin space) is a plain one, and a carriage return before a line
 *       feed is a space, so that a name reads the same however it was spaced;
 *   <li>the byline ("By NAME in CITY DATE", "By NAME and NAME, Agency") keeps only its names, a paragraph of
 *       their own, so that the headline is a sentence of its own and the writer's city is no place of the story;
 *   <li>the dateline ("DOHA, Nov 24 (Reuters) -", "WASHINGTON —", "Kuwait City, Jan 5 —") is blanked and
 *       starts a paragraph;
 *   <li>the hard line breaks of wire copy (wrapped at about 70 columns) become spaces, so that no name or
 *       sentence is cut by one; a blank line, the headline's end and a short line's end stay breaks.
 * </ul>
 */
final class TextCleaner {

    /** A name in a byline: two to five capitalized words ("Daniel Ortiz", "Fahad Al-Sabah", "Anne-Marie de Vries"). */
    private static final String NAME =
            "\\p{Lu}[\\p{L}.'’-]*(?: (?:(?:de|van|der|von|al|el|bin|da|di|le|la) )?\\p{Lu}[\\p{L}.'’-]*){1,4}";
    /**
     * A byline line: "By Daniel Ortiz in Washington December 17, 2014", "By A. Smith and B. Jones, Reuters". The
     * group is what follows the names, which is blanked.
     */
    private static final Pattern BYLINE =
            Pattern.compile("(?m)^By " + NAME + "(?:(?:, | and | & )" + NAME + ")*([^\\n]{0,120})$");
    /**
     * A dateline opening a paragraph: a city in capitals, maybe a date and an agency, then a dash. Not a
     * sentence that opens with an acronym ("NATO - the alliance"): the city is two letters or more, followed by a
     * comma and a date, or by a dash with spaces around it.
     */
    private static final Pattern DATELINE =
            Pattern.compile("(?m)^(?:\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
                    + "(?:(?:,|\\s)\\s*(?:\\p{Lu}[\\p{L}.]{1,9} \\d{1,2}|\\d{1,2} \\p{Lu}[\\p{L}.]{1,9}))?"
                    + "(?: \\([\\p{L} ]{2,30}\\))?\\s*[—–-]{1,2}\\s+(?=\\p{Lu}|[\"“])");
    /**
     * A dateline with its city in ordinary case: "Kuwait City, Jan 5 —", "Doha, Feb. 29 (Reuters) -". Only with a
     * date, so that a sentence opening with a name and a dash is left alone.
     */
    private static final Pattern DATELINE_DATED =
            Pattern.compile("(?m)^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3},"
                    + " (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}\\.?)(?:,? \\d{4})?"
                    + "(?: \\([\\p{L} ]{2,30}\\))? ?[—–-]{1,2}\\s+(?=\\p{Lu}|[\"“])");
    /** Where a line of text ends and the next starts: a line feed between two lines that hold something. */
    private static final Pattern BREAK = Pattern.compile("[ \\t]*\\n(?=[ \\t]*\\S)");
    /** A hard wrap is no shorter than this, nor than {@link #WRAP_SHARE} of the text's longest line. */
    private static final int WRAP_MIN = 49;

    private static final double WRAP_SHARE = 0.7;
    /** A line shorter than this is never a wrapped one: a heading, a list item, a signature. */
    private static final int WRAP_FLOOR = 30;
    /** How far into the text a byline may be: under the headline. */
    private static final int BYLINE_WITHIN = 400;

    private TextCleaner() {}

    static String clean(String text) {
        char[] out = spaces(text);
        String spaced = new String(out);
        // Nothing before here is joined to what follows: the headline, and the byline after it.
        int body = firstLineEnd(spaced);
        Matcher byline = BYLINE.matcher(spaced);
        if (byline.find() && byline.start() < BYLINE_WITHIN) {
            // The names stay, a paragraph of their own: "By" becomes the end of the headline's paragraph, and
            // what follows the names (place, date, agency) is blanked.
            out[byline.start()] = '\n';
            out[byline.start() + 1] = ' ';
            blank(out, byline.start(1), byline.end(1));
            if (byline.end(1) > byline.start(1)) {
                // The names end a paragraph: the story's first sentence does not take them in.
                out[byline.end(1) - 1] = '\n';
            }
            body = byline.end();
        }
        for (Pattern dateline : new Pattern[] {DATELINE, DATELINE_DATED}) {
            Matcher m = dateline.matcher(spaced);
            while (m.find()) {
                if (m.start() > 0 && spaced.charAt(m.start() - 1) != '\n' || m.start() < body && m.start() > 0) {
                    continue;
                }
                blank(out, m.start(), m.end());
                // A paragraph of its own: never joined to the line above it.
                out[m.start()] = '\n';
            }
        }
        String cleaned = new String(out);
        int wrap = wrapLength(cleaned);
        Matcher m = BREAK.matcher(cleaned);
        while (m.find()) {
            int lineStart = cleaned.lastIndexOf('\n', m.start() - 1) + 1;
            if (lineStart > body && m.start() - lineStart >= wrap) {
                blank(out, m.start(), m.end(), true);
            }
        }
        return new String(out);
    }

    /** The text with every kind of space a plain one, and the carriage return of a line's end a space. */
    private static char[] spaces(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\r') {
                out[i] = i + 1 < out.length && out[i + 1] == '\n' ? ' ' : '\n';
            } else if (c == '\t' || c == '\f' || c == '\u000b' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                out[i] = ' ';
            }
        }
        return out;
    }

    /** Where the first line that holds something ends: the headline's end. */
    private static int firstLineEnd(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** How long a line must be for its break to be a hard wrap: most of the text's longest line, at most 49. */
    private static int wrapLength(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.strip().length());
        }
        return Math.max(WRAP_FLOOR, Math.min(WRAP_MIN, (int) Math.ceil(longest * WRAP_SHARE)));
    }

    private static void blank(char[] text, int start, int end) {
        blank(text, start, end, false);
    }

    /** Spaces over the range; line feeds too if {@code lines}. */
    private static void blank(char[] text, int start, int end, boolean lines) {
        for (int i = start; i < end; i++) {
            if (lines || text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }
}
