package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per behaviour of the cleaner: the text as written, and the text the pipeline reads. */
class TextCleanerTest {

    private static final String WRAPPED_LINE =
            "In Moscow, the French leader held three hours of talks with President Dmitry";

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(
                        "the first line is the headline; a hard wrap inside a sentence becomes a space, a name cut by it comes out whole",
                        "Headline\n" + WRAPPED_LINE + "\nMedvedev, who had ordered an end to the fighting.",
                        "Headline\n" + WRAPPED_LINE + " Medvedev, who had ordered an end to the fighting."),
                Arguments.of(
                        "a blank line between paragraphs stays",
                        WRAPPED_LINE + " Medvedev.\n\nThe two presidents then presented the plan to the press.",
                        WRAPPED_LINE + " Medvedev.\n\nThe two presidents then presented the plan to the press."),
                Arguments.of(
                        "a short line's break stays: a heading, a list, a signature",
                        "Key points\nThe truce holds.\n",
                        "Key points\nThe truce holds.\n"),
                Arguments.of(
                        "a long headline is not joined to the story under it",
                        "Sarkozy secures a six-point truce plan as Russian tanks halt near Gori\n" + WRAPPED_LINE
                                + "\nMedvedev.",
                        "Sarkozy secures a six-point truce plan as Russian tanks halt near Gori\n" + WRAPPED_LINE
                                + " Medvedev."),
                Arguments.of(
                        "the byline keeps its names, a paragraph of their own, and loses its place and date",
                        "Indonesia and the rebels sign a peace accord\nBy Mikko Lahtinen in Helsinki August 15, 2005\n"
                                + "The accord was signed on Monday.",
                        "Indonesia and the rebels sign a peace accord\n\n  Mikko Lahtinen" + blank(27) + "\n"
                                + "\nThe accord was signed on Monday."),
                Arguments.of(
                        "a byline of two writers and an agency",
                        "Talks resume\nBy Anna Berg and Omar Said, Reuters\nThe talks resumed.",
                        "Talks resume\n\n  Anna Berg and Omar Said" + blank(8) + "\n\nThe talks resumed."),
                Arguments.of(
                        "a dateline in capitals with a date and an agency is blanked and starts a paragraph",
                        "Headline\nWASHINGTON, Feb 29 (Reuters) — The United States signed the accord.",
                        "Headline\n\n" + blank(30) + "The United States signed the accord."),
                Arguments.of(
                        "a dateline of a city alone",
                        "Headline\nDOHA — Qatar hosted the talks.",
                        "Headline\n\n" + blank(6) + "Qatar hosted the talks."),
                Arguments.of(
                        "a dateline of two words in ordinary case, with a date",
                        "Headline\nKuwait City, Jan 5 — Saudi Arabia restored ties with Qatar.",
                        "Headline\n\n" + blank(20) + "Saudi Arabia restored ties with Qatar."),
                Arguments.of(
                        "a dateline after a byline, under a long headline",
                        "Kuwaiti mediation ends the Gulf rift as the crown prince embraces the emir\n"
                                + "By Fahad Al-Sabah in Kuwait City January 5, 2021\n"
                                + "KUWAIT CITY, Jan 5 — Saudi Arabia and its allies restored full ties with\n"
                                + "Qatar on Tuesday.",
                        "Kuwaiti mediation ends the Gulf rift as the crown prince embraces the emir\n"
                                + "\n  Fahad Al-Sabah" + blank(30) + "\n"
                                + "\n\n" + blank(20) + "Saudi Arabia and its allies restored full ties with"
                                + " Qatar on Tuesday."),
                Arguments.of(
                        "a sentence opening with an acronym and a dash is no dateline",
                        "NATO - the alliance of thirty-one states - met in Vilnius.",
                        "NATO - the alliance of thirty-one states - met in Vilnius."),
                Arguments.of(
                        "a name opening a sentence with a dash and no date is no dateline",
                        "Headline\nErdogan - who had held out for a year - gave way.",
                        "Headline\nErdogan - who had held out for a year - gave way."),
                Arguments.of(
                        "tabs, no-break and thin spaces inside a name are plain spaces",
                        "Dmitry\u00a0Medvedev met Nicolas\tSarkozy and Recep\u2009Tayyip Erdogan.",
                        "Dmitry Medvedev met Nicolas Sarkozy and Recep Tayyip Erdogan."),
                Arguments.of(
                        "a carriage return before a line feed is a space; the wrap is read through it",
                        "Headline\r\n" + WRAPPED_LINE + "\r\nMedvedev.\r\n\r\nThe plan was presented.",
                        "Headline \n" + WRAPPED_LINE + "  Medvedev. \n \nThe plan was presented."),
                Arguments.of(
                        "text wrapped at forty columns is unwrapped too",
                        "Head\n\nThe memorandum was signed at the Smolna\nbanqueting hall by the two delegations\n"
                                + "on Monday.",
                        "Head\n\nThe memorandum was signed at the Smolna banqueting hall by the two delegations"
                                + " on Monday."));
    }

    private static String blank(int n) {
        return " ".repeat(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void cleans(String behaviour, String text, String expected) {
        String cleaned = TextCleaner.clean(text);
        assertThat(cleaned).isEqualTo(expected);
        // Every offset into the cleaned text is one into the text as written.
        assertThat(cleaned).hasSameSizeAs(text);
    }
}
