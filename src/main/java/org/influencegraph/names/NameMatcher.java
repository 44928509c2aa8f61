package org.influencegraph.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How alike two names are, from 0 to 1, beyond what the exact name keys catch: romanizations of one Cyrillic
 * name ({@code Tikhanovskaya}, {@code Tsikhanouskaya}, {@code Tsikhanouska}), German and Polish spellings
 * ({@code Lukaschenko}, {@code Chodorkowski}), initials ({@code V. Putin}) and spellings no rule covers (a
 * Jaro-Winkler score on a phonetic form of each word). Words are aligned one to one whatever their order;
 * a word that clearly differs ({@code Dmitry} / {@code Andrei} Oreshkin) caps the score below the match
 * threshold, so that namesakes are never taken for one another on the name alone.
 */
public final class NameMatcher {

    /** From this score up two names are taken to be one name (search answers, review proposals). */
    public static final double SAME = Feature.SAME_NAME.weight();
    /** A word pair below this similarity differs. */
    public static final double WORD_DIFFERS = Feature.WORD_DIFFERS.weight();
    /** The score of two names that share words but differ in another. */
    static final double CAP_WHEN_A_WORD_DIFFERS = Feature.NAME_DIFFERS_CAP.weight();

    private static final Pattern BELARUSIAN_U = Pattern.compile("([aeo])u(?=[^aeiou]|$)");
    /** Legal forms and words that name no organization in particular ("PJSC Gazprom", "PMC Wagner", "ЧВК"). */
    private static final Set<String> ORGANIZATION_NOISE = Set.of(
            "ltd",
            "limited",
            "llc",
            "llp",
            "lp",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "plc",
            "gmbh",
            "ag",
            "sa",
            "nv",
            "bv",
            "jsc",
            "pjsc",
            "ojsc",
            "cjsc",
            "njsc",
            "oao",
            "zao",
            "pao",
            "ooo",
            "ao",
            "tov",
            "nak",
            "group",
            "holding",
            "holdings",
            "pmc",
            "chvk",
            "the",
            "of",
            "and",
            "state",
            "national",
            "joint",
            "stock",
            "public",
            "federal",
            "unitary",
            "enterprise",
            "goskorporatsiya",
            "goskorporatsiia");
    /** Words of roles and descriptions that news puts before a name ("former President", "FSB Director"). */
    private static final Set<String> ROLE_WORDS = Set.of(
            "former",
            "ex",
            "late",
            "acting",
            "head",
            "chief",
            "director",
            "chair",
            "speaker",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "leader",
            "founder",
            "ceo",
            "executive",
            "businessman",
            "businesswoman",
            "tycoon",
            "oligarch",
            "journalist",
            "blogger",
            "activist",
            "politician",
            "laureate",
            "nobel",
            "official",
            "dissident",
            "mp",
            "oglu",
            "ogly",
            "kyzy",
            "qizi");
    /** Words that tell a father from a son of one name. */
    private static final Set<String> GENERATIONS =
            Set.of("sr", "jr", "senior", "junior", "starshiy", "starshii", "mladshiy", "mladshii");

    private static final Set<String> STOP = union(NameKeys.TITLES, ORGANIZATION_NOISE, ROLE_WORDS, GENERATIONS);
    /**
     * How German, French and Polish texts spell Russian sounds, applied before the common rules: German ch is х,
     * z is ц, s before a vowel is з, j is й; French ch is ш, j is ж, ou is у; Polish rz is ж.
     */
    private static final List<List<Rule>> SCHEMES = List.of(
            List.of(),
            Rule.list("tsch", "c", "sch", "s", "ch", "h", "z", "c", "^s(?=[aeiouy])", "z", "ss", "s"),
            Rule.list("ch", "s", "j", "zh", "ou", "u", "gu(?=[ei])", "g"),
            Rule.list("rz", "zh", "ch", "h"));

    /** One rewriting of a scheme, compiled once: words are compared in tight loops. */
    private record Rule(Pattern pattern, String replacement) {
        static List<Rule> list(String... pairs) {
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                rules.add(new Rule(Pattern.compile(pairs[i]), pairs[i + 1]));
            }
            return List.copyOf(rules);
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private NameMatcher() {}

    /** One name compared with another: the score and the word pairs it rests on. */
    public record Comparison(double score, List<WordPair> pairs, int unmatchedWords) {
        /** Whether some aligned word clearly differs (other given names of one surname). */
        public boolean wordDiffers() {
            return pairs.stream().anyMatch(p -> p.similarity() < WORD_DIFFERS);
        }
    }

    /** Two aligned words and how alike they are. */
    public record WordPair(String left, String right, double similarity) {}

    public static double score(String a, String b) {
        return compare(a, b).score();
    }

    public static Comparison compare(String a, String b) {
        return compare(prepare(a), prepare(b), null);
    }

    /** A name taken apart once, to be compared with many others (the duplicates review of a whole graph). */
    public static final class Prepared {
        private final String name;
        private final Parts parts;

        private Prepared(String name, Parts parts) {
            this.name = name;
            this.parts = parts;
        }

        public String name() {
            return name;
        }

        /** The words that are compared, without titles, roles, legal forms and a patronymic. */
        public List<String> words() {
            return parts.words();
        }

        /** The class of the name's legal form (corp, llc, lp, ...), or null. */
        public String legalForm() {
            return parts.legalForm();
        }

        /** Words that say which company of a family a name is ("holding", "group"), left out of {@link #words()}. */
        public Set<String> designators() {
            return parts.designators();
        }
    }

    public static Prepared prepare(String name) {
        return new Prepared(name, Parts.of(name));
    }

    /**
     * What a review of many names keeps between comparisons, safe to share between threads: the sounds of each
     * word and the similarity of each pair of words met so far, which such a review meets again and again.
     */
    public static final class Memo {
        private final Map<String, List<String>> sounds = new ConcurrentHashMap<>();
        private final Map<String, Double> similarities = new ConcurrentHashMap<>();

        double similarity(String a, String b) {
            Double known = similarities.get(a + '\u0000' + b);
            if (known != null) {
                return known;
            }
            double similarity = wordSimilarity(a, b, w -> sounds.computeIfAbsent(w, NameMatcher::sounds));
            similarities.put(a + '\u0000' + b, similarity);
            return similarity;
        }
    }

    /** Compares two prepared names, with what earlier comparisons learnt ({@code memo}, may be null). */
    public static Comparison compare(Prepared a, Prepared b, Memo memo) {
        Parts pa = a.parts;
        Parts pb = b.parts;
        Comparison c = compareWords(pa.words(), pb.words(), memo);
        boolean otherFather = !pa.patronymics().isEmpty()
                && !pb.patronymics().isEmpty()
                && wordSimilarity(pa.patronymics().get(0), pb.patronymics().get(0)) < WORD_DIFFERS;
        // "... ASSOCIATES II, L.P." and "... III, L.P.", "... MGR CORP." and "... MGR LLC": other legal entities.
        boolean otherEntity = !pa.numerals().equals(pb.numerals())
                || pa.legalForm() != null
                        && pb.legalForm() != null
                        && !pa.legalForm().equals(pb.legalForm());
        if (otherFather || otherEntity || !pa.generations().equals(pb.generations())) {
            return new Comparison(Math.min(c.score(), CAP_WHEN_A_WORD_DIFFERS), c.pairs(), c.unmatchedWords());
        }
        return c;
    }

    /**
     * Whether two names are one beyond reasonable doubt, enough to fold one record into another entity at
     * import: every word of the shorter name matched closely, at most one word more in the longer. A person's
     * names need two words each ("Oreshkin" alone could be any Oreshkin); another entity's one word will do if it
     * is long enough to be telling ("Belaruskali" / "Belaruskaliy").
     */
    public static boolean strong(String a, String b, boolean person) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        int least = person ? 2 : 1;
        if (wa.size() < least
                || wb.size() < least
                || !person
                        && Math.min(
                                        String.join("", wa).length(),
                                        String.join("", wb).length())
                                < 6) {
            return false;
        }
        Comparison c = compare(a, b);
        return c.score() >= Feature.STRONG_NAME.weight()
                && c.unmatchedWords() <= (person ? 1 : 0)
                && c.pairs().stream().allMatch(p -> p.similarity() >= WORD_DIFFERS);
    }

    /** The words of a name without titles, roles, legal forms and generic words, and without a patronymic. */
    public static List<String> words(String name) {
        return NameKeys.split(name, STOP).words();
    }

    /**
     * What a comparison looks at in a name beside its words: patronymic, generation ("Sr."), legal form ("LLC",
     * "Corp.") and ordinal numerals ("II", "3").
     */
    private record Parts(
            List<String> words,
            List<String> patronymics,
            Set<String> generations,
            String legalForm,
            Set<String> numerals,
            Set<String> designators) {
        static Parts of(String name) {
            NameKeys.Split split = NameKeys.split(name, STOP);
            List<String> tokens = NameKeys.tokens(name);
            Set<String> generations = tokens.stream()
                    .filter(GENERATIONS::contains)
                    .map(g -> g.startsWith("s") ? "sr" : "jr")
                    .collect(Collectors.toSet());
            String legalForm = tokens.stream()
                    .map(LEGAL_FORMS::get)
                    .filter(java.util.Objects::nonNull)
                    .reduce((first, second) -> second)
                    .orElse(null);
            // A lone I, V or X is an initial ("V. Putin") unless a legal form says the name is a company's.
            Set<String> numerals = tokens.stream()
                    .filter(t ->
                            t.matches("\\d+") || ROMAN.matcher(t).matches() && (t.length() > 1 || legalForm != null))
                    .collect(Collectors.toSet());
            Set<String> designators = tokens.stream()
                    .filter(DESIGNATORS::contains)
                    .map(t -> t.startsWith("holding") ? "holding" : t)
                    .collect(Collectors.toSet());
            return new Parts(split.words(), split.patronymics(), generations, legalForm, numerals, designators);
        }
    }

    private static final Set<String> DESIGNATORS = Set.of("holding", "holdings", "group");
    private static final Pattern ROMAN = Pattern.compile("(?=[ivx])x{0,3}(ix|iv|v?i{0,3})");
    /** Legal forms, each as its class: "Corp." and "Inc." are one kind of company, "LLC" and "L.P." others. */
    private static final Map<String, String> LEGAL_FORMS = Map.ofEntries(
            Map.entry("corp", "corp"),
            Map.entry("corporation", "corp"),
            Map.entry("inc", "corp"),
            Map.entry("incorporated", "corp"),
            Map.entry("llc", "llc"),
            Map.entry("lp", "lp"),
            Map.entry("llp", "llp"),
            Map.entry("ltd", "ltd"),
            Map.entry("limited", "ltd"),
            Map.entry("plc", "plc"),
            Map.entry("gmbh", "gmbh"),
            Map.entry("ag", "ag"),
            Map.entry("sa", "sa"),
            Map.entry("nv", "nv"),
            Map.entry("bv", "bv"),
            Map.entry("jsc", "jsc"),
            Map.entry("pjsc", "jsc"),
            Map.entry("ojsc", "jsc"),
            Map.entry("cjsc", "jsc"),
            Map.entry("ooo", "llc"),
            Map.entry("tov", "llc"),
            Map.entry("lc", "llc"));

    static Comparison compareWords(List<String> wa, List<String> wb) {
        return compareWords(wa, wb, null);
    }

    private static Comparison compareWords(List<String> wa, List<String> wb, Memo memo) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return new Comparison(0, List.of(), Math.max(wa.size(), wb.size()));
        }
        if (sameWords(wa, wb)) {
            List<WordPair> pairs = wa.stream().map(w -> new WordPair(w, w, 1.0)).toList();
            return new Comparison(1.0, pairs, 0);
        }
        // Greedy one-to-one alignment, best pairs first: names have a handful of words.
        List<WordPair> all = new ArrayList<>();
        for (String x : wa) {
            for (String y : wb) {
                double similarity = memo == null ? wordSimilarity(x, y) : memo.similarity(x, y);
                all.add(new WordPair(x, y, similarity));
            }
        }
        all.sort((p, q) -> Double.compare(q.similarity(), p.similarity()));
        List<WordPair> chosen = new ArrayList<>();
        Set<Integer> usedLeft = new java.util.HashSet<>();
        Set<Integer> usedRight = new java.util.HashSet<>();
        for (WordPair p : all) {
            int i = indexOfUnused(wa, p.left(), usedLeft);
            int j = indexOfUnused(wb, p.right(), usedRight);
            if (i >= 0 && j >= 0) {
                usedLeft.add(i);
                usedRight.add(j);
                chosen.add(p);
            }
        }
        double mean =
                chosen.stream().mapToDouble(WordPair::similarity).average().orElse(0);
        int unmatched = Math.abs(wa.size() - wb.size());
        double score = mean * Math.pow(Feature.NAME_UNMATCHED_WORD.weight(), unmatched);
        if (chosen.stream().anyMatch(p -> p.similarity() < WORD_DIFFERS)) {
            score = Math.min(score, CAP_WHEN_A_WORD_DIFFERS);
        }
        return new Comparison(score, chosen, unmatched);
    }

    /** Whether two names have the same words in any order. */
    private static boolean sameWords(List<String> wa, List<String> wb) {
        if (wa.size() != wb.size()) {
            return false;
        }
        String[] a = wa.toArray(String[]::new);
        String[] b = wb.toArray(String[]::new);
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }

    private static int indexOfUnused(List<String> words, String word, Set<Integer> used) {
        for (int i = 0; i < words.size(); i++) {
            if (!used.contains(i) && words.get(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How alike two words are: 1 equal, else the weight of the {@link Feature} that holds (one sound in some
     * romanization, an initial, the male and female forms of one surname: two people), else Jaro-Winkler on the
     * sounds, at least {@link Feature#WORD_SAME_CONSONANTS} when the consonants agree.
     */
    static double wordSimilarity(String a, String b) {
        return wordSimilarity(a, b, NameMatcher::sounds);
    }

    private static double wordSimilarity(
            String a, String b, java.util.function.Function<String, List<String>> soundsOf) {
        if (a.equals(b)) {
            return 1.0;
        }
        List<String> sa = soundsOf.apply(a);
        List<String> sb = soundsOf.apply(b);
        if (a.length() == 1 || b.length() == 1) {
            return sa.get(0).charAt(0) == sb.get(0).charAt(0) ? Feature.WORD_INITIAL.weight() : 0;
        }
        if (genderForms(sa.get(0), sb.get(0))) {
            return Feature.WORD_GENDER_FORMS.weight();
        }
        double best = 0;
        for (String x : sa) {
            for (String y : sb) {
                if (x.equals(y)) {
                    return Feature.WORD_SAME_SOUND.weight();
                }
                double similarity = jaroWinkler(x, y);
                String kx = skeleton(x);
                if (kx.length() >= 2 && kx.equals(skeleton(y))) {
                    similarity = Math.max(similarity, Feature.WORD_SAME_CONSONANTS.weight());
                }
                best = Math.max(best, similarity);
            }
        }
        return best;
    }

    /** Whether one sound is the other's female form: -ov/-ova, -ev/-eva, -in/-ina, -ski/-ska, -ni/-na. */
    private static boolean genderForms(String x, String y) {
        String male = x.length() <= y.length() ? x : y;
        String female = male == x ? y : x;
        if (male.length() < 4) {
            return false;
        }
        if (female.equals(male + "a")) {
            return male.endsWith("ov") || male.endsWith("ev") || male.endsWith("in");
        }
        return female.length() == male.length()
                && female.endsWith("a")
                && (male.endsWith("ski") || male.endsWith("ni") || male.endsWith("oi"))
                && female.regionMatches(0, male, 0, male.length() - 1);
    }

    /** Words repeat across names (given names, common surnames): their sounds are kept, up to a bound. */
    private static final Map<String, List<String>> SOUNDS = new ConcurrentHashMap<>();

    private static final int SOUNDS_KEPT = 200_000;

    /**
     * Whether two words sound the same under some romanization: "Tsikhanovskaya" and "Tsikhanouskaya", one surname
     * written two ways.
     */
    public static boolean soundAlike(String a, String b) {
        List<String> theirs = sounds(b);
        return sounds(a).stream().anyMatch(theirs::contains);
    }

    /** The sounds of a word under each romanization scheme, the English-style one first. */
    public static List<String> sounds(String word) {
        List<String> known = SOUNDS.get(word);
        if (known != null) {
            return known;
        }
        List<String> sounds = soundsOf(word);
        if (SOUNDS.size() >= SOUNDS_KEPT) {
            SOUNDS.clear();
        }
        SOUNDS.put(word, sounds);
        return sounds;
    }

    private static List<String> soundsOf(String word) {
        Set<String> sounds = new LinkedHashSet<>();
        for (List<Rule> scheme : SCHEMES) {
            String w = word;
            for (Rule rule : scheme) {
                w = rule.pattern().matcher(w).replaceAll(rule.replacement());
            }
            sounds.add(phonetic(w));
        }
        return List.copyOf(sounds);
    }

    /**
     * A word as it sounds, one spelling for the sounds that romanizations write differently: {@code kh}, {@code ch},
     * {@code h} for х; {@code ts}, {@code tz}, {@code c} for ц; {@code sch}, {@code sh} for ш; {@code y}, {@code j},
     * {@code i} for й; the Belarusian ў ({@code Tsikhanouskaya}); {@code -aya} and {@code -a} feminine endings;
     * doubled letters.
     */
    public static String phonetic(String word) {
        String s = word.replace("tsch", "c")
                .replace("shch", "s")
                .replace("sch", "s")
                .replace("tch", "c")
                .replace("ch", "c")
                .replace("ts", "c")
                .replace("tz", "c")
                .replace("cz", "c")
                .replace("sh", "s")
                .replace("sz", "s")
                .replace("zh", "z")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("ck", "k")
                .replace("x", "ks")
                .replace('w', 'v')
                .replace('q', 'k')
                .replace('y', 'i')
                .replace('j', 'i');
        s = BELARUSIAN_U.matcher(s).replaceAll("$1v");
        if (s.startsWith("ie") && s.length() > 3) {
            s = s.substring(1);
        }
        s = collapseDoubles(s);
        if (s.endsWith("aia")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /**
     * The consonants of a sound, g and h as one (Russian г is g, Ukrainian and Belarusian г is h), z and s as one
     * (German writes з as s).
     */
    static String skeleton(String phonetic) {
        // One pass, no regex: this runs for every pair of sounds the duplicates review compares.
        StringBuilder out = new StringBuilder(phonetic.length());
        for (int i = 0; i < phonetic.length(); i++) {
            char c = phonetic.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                continue;
            }
            c = c == 'g' ? 'h' : c == 'z' ? 's' : c;
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** The distinct sounds of the words of a name and its aliases: what free-text search looks up. */
    public static List<String> sounds(String name, Collection<String> aliases) {
        Set<String> sounds = new LinkedHashSet<>();
        addSounds(sounds, name);
        aliases.forEach(a -> addSounds(sounds, a));
        return List.copyOf(sounds);
    }

    private static void addSounds(Set<String> sounds, String name) {
        if (name != null) {
            words(name).forEach(w -> sounds.addAll(sounds(w)));
        }
    }

    /**
     * Blocking keys of a name and its aliases: for each name of two words or more (or one long word), the
     * consonant skeletons of its words without their first letter, sorted. Names that may be one person share a block
     * ({@code Tikhanovskaya} and {@code Tsikhanouskaya} both give {@code hnvsk}); lookups by block are exact
     * and cheap, and a closer comparison decides.
     */
    public static List<String> blocks(String name, Collection<String> aliases) {
        Set<String> blocks = new LinkedHashSet<>();
        addBlock(blocks, name);
        aliases.forEach(a -> addBlock(blocks, a));
        return List.copyOf(blocks);
    }

    private static void addBlock(Set<String> blocks, String name) {
        if (name == null) {
            return;
        }
        List<String> words = words(name);
        if (words.isEmpty() || words.size() == 1 && words.get(0).length() < 6) {
            return;
        }
        List<List<String>> sounds = words.stream().map(NameMatcher::sounds).toList();
        for (int scheme = 0; scheme < SCHEMES.size(); scheme++) {
            int s = scheme;
            blocks.add(sounds.stream().map(w -> blockWord(w, s)).sorted().collect(Collectors.joining(" ")));
        }
    }

    /** A word's consonants under one romanization scheme, without the first (Т/Ц in Тихановская/Ціханоўская). */
    public static String blockWord(String word, int scheme) {
        return blockWord(sounds(word), scheme);
    }

    private static String blockWord(List<String> sounds, int scheme) {
        String skeleton = skeleton(sounds.get(Math.min(scheme, sounds.size() - 1)));
        return skeleton.length() >= 3 ? skeleton.substring(1) : skeleton;
    }

    /** Jaro-Winkler similarity with the usual prefix scale 0.1 over at most four letters. */
    static double jaroWinkler(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int range = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - range);
            int to = Math.min(b.length() - 1, i + range);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
