package org.influencegraph.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a name into a lookup key that ignores case, diacritics, script, punctuation, word order,
 * titles and patronymics: "PUTIN, Vladimir Vladimirovich", "President Vladimir Putin" and
 * "Владимир Путин" all give {@code putin vladimir}.
 */
public final class NameKeys {

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(
                    "Russian-Latin/BGN; Any-Latin; [\\u02B9\\u02BA\\u00B7\\u2019\\u0027] Remove; Latin-ASCII; Lower"));
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** An acronym written with dots ("U.N.", "U.A.E."), one word as "UN" and "UAE" are. */
    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{Lu}\\.){2,}(?:\\p{Lu}\\b)?");

    private static final Pattern PATRONYMIC =
            Pattern.compile(".{3,}(ovich|evich|ovych|evych|ich|ovna|evna|ivna|ichna)");
    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "vice",
            "prime",
            "minister",
            "premier",
            "chancellor",
            "king",
            "queen",
            "prince",
            "general",
            "gen",
            "colonel",
            "col",
            "major",
            "maj",
            "lieutenant",
            "lt",
            "captain",
            "capt",
            "admiral",
            "marshal",
            "sergeant",
            "commander",
            "senator",
            "sen",
            "rep",
            "congressman",
            "congresswoman",
            "governor",
            "gov",
            "mayor",
            "ambassador",
            "secretary",
            "chairman",
            "chairwoman",
            "deputy",
            "patriarch",
            "metropolitan",
            "archbishop",
            "bishop",
            "father",
            "rev",
            "saint",
            "st",
            "sheikh",
            "emir",
            "comrade",
            "gospodin",
            "pan",
            "pani",
            "herr",
            "frau",
            "madame",
            "mme",
            "monsieur");

    private NameKeys() {}

    /** The key of one name, or an empty string when nothing of it is left. */
    public static String key(String name) {
        return words(name).stream().sorted().collect(Collectors.joining(" "));
    }

    /**
     * The words a name is told by, in their order: ASCII, lower case, without titles and (in names of three
     * words or more) patronymics.
     */
    public static List<String> words(String name) {
        return split(name, TITLES).words();
    }

    /** A name's telling words and the patronymics taken out of them. */
    record Split(List<String> words, List<String> patronymics) {}

    /**
     * A name's words without the {@code stop} words (unless nothing else is left) and, in names of three words or
     * more, without a patronymic where a patronymic stands: second in "Given Patronymic Surname", last in
     * "SURNAME, Given Patronymic" or "Surname Given Patronymic". A surname that looks like one ("Abramovich",
     * "Protasevich") is never taken for one.
     */
    static Split split(String name, Set<String> stop) {
        List<String> tokens = tokens(name);
        List<String> core = tokens.stream().filter(t -> !stop.contains(t)).toList();
        if (core.isEmpty()) {
            core = tokens;
        }
        if (core.size() < 3) {
            return new Split(core, List.of());
        }
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < core.size() - 1; i++) {
            places.add(i);
        }
        places.add(core.size() - 1);
        for (int i : places) {
            if (PATRONYMIC.matcher(core.get(i)).matches()) {
                List<String> words = new ArrayList<>(core);
                String patronymic = words.remove(i);
                return new Split(List.copyOf(words), List.of(patronymic));
            }
        }
        return new Split(core, List.of());
    }

    /** Names repeat in a data set (one entity on many rows): their words are kept, up to a bound. */
    private static final Map<String, List<String>> TOKENS = new ConcurrentHashMap<>();

    private static final int TOKENS_KEPT = 200_000;

    /** A name's words in ASCII, lower case. */
    static List<String> tokens(String name) {
        List<String> known = TOKENS.get(name);
        if (known != null) {
            return known;
        }
        List<String> tokens = tokensOf(name);
        if (TOKENS.size() >= TOKENS_KEPT) {
            TOKENS.clear();
        }
        TOKENS.put(name, tokens);
        return tokens;
    }

    private static List<String> tokensOf(String name) {
        if (name.indexOf('.') >= 0) {
            name = DOTTED.matcher(name).replaceAll(m -> m.group().replace(".", ""));
        }
        // Transliteration is costly: plain ASCII names, the bulk of most data, only need lower case.
        String ascii = isAscii(name)
                ? name.toLowerCase(java.util.Locale.ROOT).replace("'", "")
                : TO_ASCII.get().transliterate(latin(name));
        return Arrays.stream(NOT_ALNUM.split(ascii)).filter(t -> !t.isEmpty()).toList();
    }

    /** A readable id part for a name: its words in ASCII, lower case, joined by dashes ("office-of-foreign-assets"). */
    public static String slug(String name) {
        String ascii = isAscii(name)
                ? name.toLowerCase(java.util.Locale.ROOT).replace("'", "")
                : TO_ASCII.get().transliterate(name);
        return Arrays.stream(NOT_ALNUM.split(ascii)).filter(t -> !t.isEmpty()).collect(Collectors.joining("-"));
    }

    /**
     * Letters whose ASCII form news agrees on but ICU's Latin-ASCII does not: the schwa is "a" (Azerbaijani), and
     * the Croatian and Serbian "đ" is "dj" ("Tuđman" is written "Tudjman", not "Tudman").
     */
    private static String latin(String name) {
        return name.replace('\u0259', 'a')
                .replace('\u018F', 'A')
                .replace("\u0111", "dj")
                .replace("\u0110", "Dj");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The distinct non-empty keys of a name and its aliases. */
    public static List<String> keys(String name, Collection<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        aliases.forEach(a -> keys.add(key(a)));
        keys.remove("");
        return List.copyOf(keys);
    }
}
