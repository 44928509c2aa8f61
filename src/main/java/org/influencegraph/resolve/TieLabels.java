package org.influencegraph.resolve;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.influencegraph.Resources;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.TieType;

/**
 * Reads the tie type of a free-text relationship label, as spreadsheets and FollowTheMoney links word them
 * ("Owns collateralized debt", "Parent/child", "Provided legal services for", "Former director"), by lemma and
 * the vocabulary kept in {@code resolve/tie-labels.txt}, which says how. A label meaning that both ends are one
 * entity under two names ("NKA/FKA", "doing business as") is {@link TieType#POSSIBLY_SAME_AS}: a merge proposal
 * for review, not a tie. A label no phrase matches is {@link TieType#RELATED_TO}; the label stays the tie's role.
 */
public final class TieLabels {

    static final String VOCABULARY = "resolve/tie-labels.txt";
    /** Words a phrase's words may have between them in a label ("owns collateralized debt" for "own debt"). */
    private static final int GAP = 2;

    /** One phrase of the vocabulary: its lemmas, the type it means, the type the other end must have (or null). */
    private record Phrase(List<String> lemmas, TieType type, EntityType to) {}

    private static final Morphology MORPHOLOGY = new Morphology();
    private static final List<Phrase> PHRASES = load();
    private static final Map<String, TieType> READ = new ConcurrentHashMap<>();

    private TieLabels() {}

    /**
     * The tie type a label means between two entities of these types ({@code to} may be null when unknown): the
     * phrase that starts at the label's first word that starts one, the longest there, then the one listed first.
     */
    public static TieType type(String label, EntityType to) {
        return READ.computeIfAbsent(label + "\u0000" + to, k -> read(lemmas(label), to));
    }

    private static TieType read(List<String> words, EntityType to) {
        for (int start = 0; start < words.size(); start++) {
            Phrase best = null;
            for (Phrase p : PHRASES) {
                if ((p.to() == null || p.to() == to)
                        && at(words, start, p.lemmas())
                        && (best == null || p.lemmas().size() > best.lemmas().size())) {
                    best = p;
                }
            }
            if (best != null) {
                return best.type();
            }
        }
        return TieType.RELATED_TO;
    }

    /** Whether a phrase's lemmas occur in order from {@code start}, at most {@link #GAP} words between them. */
    private static boolean at(List<String> words, int start, List<String> phrase) {
        if (!same(words.get(start), phrase.get(0))) {
            return false;
        }
        int i = start;
        for (String lemma : phrase.subList(1, phrase.size())) {
            int found = -1;
            for (int j = i + 1; j <= Math.min(words.size() - 1, i + 1 + GAP); j++) {
                if (same(words.get(j), lemma)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            i = found;
        }
        return true;
    }

    /**
     * The words of a text, lower case, each with its lemma ("owns" and "own"); what is not a letter or a digit
     * parts words.
     */
    static List<String> lemmas(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.add(word + " " + stem(word));
            }
        }
        return out;
    }

    /**
     * Whether a label's word is a phrase's: the same lemma, or one's lemma the other's word (a phrase's word alone
     * has no context: "sibling" could be read as a verb's form).
     */
    private static boolean same(String word, String phraseWord) {
        int a = word.indexOf(' ');
        int b = phraseWord.indexOf(' ');
        String w = word.substring(0, a);
        String wl = word.substring(a + 1);
        String p = phraseWord.substring(0, b);
        String pl = phraseWord.substring(b + 1);
        return wl.equals(pl) || wl.equals(p) || w.equals(p);
    }

    /** CoreNLP's morphology keeps state while it reads a word: one word at a time. */
    private static synchronized String stem(String word) {
        return MORPHOLOGY.stem(word);
    }

    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        int n = 0;
        for (String line : Resources.read(VOCABULARY).split("\n")) {
            n++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(VOCABULARY + ":" + n + ": no ':' after the tie type");
            }
            String[] head = text.substring(0, colon).strip().split("@");
            int at = n;
            TieType type = TieType.parse(head[0])
                    .orElseThrow(() ->
                            new IllegalStateException(VOCABULARY + ":" + at + ": '" + head[0] + "' is not a tie type"));
            EntityType to = head.length < 2
                    ? null
                    : EntityType.parse(head[1])
                            .orElseThrow(() -> new IllegalStateException(
                                    VOCABULARY + ":" + at + ": '" + head[1] + "' is not an entity type"));
            for (String phrase : text.substring(colon + 1).split("\\|")) {
                List<String> lemmas = lemmas(phrase);
                if (!lemmas.isEmpty()) {
                    phrases.add(new Phrase(List.copyOf(lemmas), type, to));
                }
            }
        }
        return List.copyOf(phrases);
    }
}
