package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.influencegraph.Resources;

/**
 * The word lists of the reader kept as data under {@code extract/vocab/}: one entry a line, {@code #} starts a
 * comment line. A line that does not read stops the start, naming the file and the line.
 */
final class Vocab {

    static final String FOLDER = "extract/vocab/";

    private Vocab() {}

    /** The entries of a list file, in order. */
    static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        String[] lines = Resources.read(FOLDER + file).split("\n");
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** The entries of a {@code KEY = VALUE} file, in order; a value must be one of {@code values}. */
    static Map<String, String> pairs(String file, List<String> values) {
        return pairs(file, Resources.read(FOLDER + file), values);
    }

    /** As above, from the file's text. */
    static Map<String, String> pairs(String file, String text, List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("\\s*=\\s*");
            if (pair.length != 2 || pair[0].isBlank() || !values.contains(pair[1])) {
                throw new IllegalStateException(
                        FOLDER + file + ":" + (i + 1) + ": expected 'WORD = " + String.join("|", values) + "'");
            }
            out.put(pair[0], pair[1]);
        }
        return out;
    }

    /** A regular expression that matches any of the words as written, the longest first. */
    static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
