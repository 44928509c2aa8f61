package org.influencegraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.extract.ActorTracker.Span;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventType;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieType;

/**
 * Finds the facts a sentence states, over the actors the {@link ActorTracker} gave it: its dependency graph is
 * matched against the grammar rules of the {@link RuleCatalog} ({@link GrammarMatcher}), then the sentence,
 * rewritten with its actors as placeholders ({@code [E3] called on [E1] to ...}), against the phrasings in
 * {@link Patterns} for what the catalog does not read yet. Keeps the two sides the article last named together.
 */
final class SentenceMatcher {

    /** A body's common noun, which the model tags as a name when capitalized: no fact can name it alone. */
    private static final Set<String> GENERIC = Set.of(
            "parliament",
            "government",
            "cabinet",
            "army",
            "police",
            "court",
            "council",
            "assembly",
            "senate",
            "ministry",
            "military",
            "opposition",
            "presidency",
            "administration",
            "commission",
            "committee",
            "party",
            "church",
            "state",
            "prosecutors");
    /** The grammar rules, read and checked once a process. */
    private static final GrammarMatcher GRAMMAR = new GrammarMatcher(RuleCatalog.shipped());
    /** {@code -Dinfluencegraph.trace}: every sentence with its actors' placeholders, on standard error. */
    /** Two actors named together: "[E1] and [E2]", "[E1] and the militant group [E2]", "between [E1] and [E2]". */
    private static final Pattern PAIR_NAMED =
            Pattern.compile("\\[E(\\d+)\\](?:['’]s)? and (?:the |its |their )?(?:[\\p{L}-]+ ){0,3}?\\[E(\\d+)\\]");
    /** Two people named together, a title or an organization before the second: "Kibaki and opposition leader Odinga". */
    private static final Pattern PEOPLE_NAMED =
            Pattern.compile("\\[E(\\d+)\\] and (?:\\[E\\d+\\](?:['’]s)? )?(?:[\\p{L}.-]+ ){0,3}?\\[E(\\d+)\\]");
    /** A list's earlier items just before a pair: "[E1], the [E2], " before "[E3] and [E4]". */
    private static final Pattern LIST_BEFORE = Pattern.compile("\\[E\\d+\\], (?:the )?$");
    /** Two states named by their demonyms: "Saudi and Iranian officials", "U.S.-Iranian contacts". */
    private static final Pattern PAIR_DEMONYMS =
            Pattern.compile("\\b(\\p{Lu}[\\p{L}.]+)(?: and |-)(\\p{Lu}[\\p{L}.]+) (?=\\p{Ll})");

    private static final double THRESHOLD = ArticleExtractor.THRESHOLD;
    private static final boolean TRACE = Boolean.getBoolean("influencegraph.trace");

    private final ActorTracker tracker;
    /** The two sides the article last named together: what "the two sides" refers to. */
    private List<Integer> pair = List.of();
    /** Every pair the article named together, in order, with where its naming ends: the last before a word first. */
    private final List<NamedPair> pairs = new ArrayList<>();

    /** Every two people named together, in order: the sides of a mediation only as a candidate (Kibaki and Odinga). */
    private final List<NamedPair> peoplePairs = new ArrayList<>();

    private record NamedPair(List<Integer> pair, int end) {}

    SentenceMatcher(ActorTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * The facts of a sentence: those the grammar rules of the catalog find, then those the regular expressions
     * of {@link Patterns} find that the grammar did not (one with the same fact and all its actors is known).
     */
    List<Patterns.Found> match(CoreSentence sentence, int index, List<Span> spans, String template) {
        List<Patterns.Found> found = new ArrayList<>();
        SemanticGraph graph =
                sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        int offset = sentence.charOffsets().first();
        pairIn(sentence.text(), template, spans, offset);
        tracker.appositives(graph, spans, offset);
        GrammarMatcher.Resolver resolver = new GrammarMatcher.Resolver() {
            private int guesses;

            @Override
            public int guesses() {
                return guesses + tracker.guesses();
            }

            @Override
            public Integer actor(IndexedWord word, boolean create) {
                return tracker.resolve(graph, word, spans, offset, sentence, index, create);
            }

            @Override
            public List<Integer> pair() {
                return pair;
            }

            @Override
            public List<List<Integer>> pairs(IndexedWord before) {
                List<List<Integer>> named = new ArrayList<>();
                for (int i = pairs.size() - 1; i >= 0; i--) {
                    if (pairs.get(i).end() <= before.beginPosition()
                            && !named.contains(pairs.get(i).pair())) {
                        named.add(pairs.get(i).pair());
                    }
                }
                return named;
            }

            @Override
            public Integer place(IndexedWord word, boolean create) {
                return tracker.place(graph, word, spans, offset, sentence, index, create);
            }

            @Override
            public void describe(int actor, String noun) {
                if (actor >= 0) {
                    tracker.describe(actor, noun);
                }
            }

            @Override
            public List<Integer> people(IndexedWord before, String noun, java.util.Collection<Integer> taken) {
                return tracker.people(before.beginPosition(), noun, taken);
            }

            @Override
            public List<Integer> mainPair(IndexedWord before) {
                Map<List<Integer>, Integer> times = new java.util.HashMap<>();
                List<Integer> main = List.of();
                for (NamedPair p : pairs) {
                    if (p.end() <= before.beginPosition()) {
                        List<Integer> key = p.pair().stream().sorted().toList();
                        int n = times.merge(key, 1, Integer::sum);
                        if (n >= times.getOrDefault(main.stream().sorted().toList(), 0)) {
                            main = p.pair();
                        }
                    }
                }
                guesses += RoleFillers.guess(times.keySet()) ? 1 : 0;
                return main;
            }

            @Override
            public Integer otherPerson(IndexedWord pronoun, boolean female, java.util.Collection<Integer> taken) {
                return tracker.otherPerson(pronoun.beginPosition(), female, taken);
            }

            @Override
            public Integer ownState(IndexedWord word, boolean create) {
                Integer own = tracker.state(tracker.ownState(), sentence, index, create, -1 - word.index());
                guesses += own != null && RoleFillers.guess(tracker.statesNamed()) ? 1 : 0;
                return own;
            }

            @Override
            public List<List<Integer>> peoplePairs(IndexedWord before) {
                List<List<Integer>> named = new ArrayList<>();
                for (int i = peoplePairs.size() - 1; i >= 0; i--) {
                    if (peoplePairs.get(i).end() <= before.beginPosition()
                            && !named.contains(peoplePairs.get(i).pair())) {
                        named.add(peoplePairs.get(i).pair());
                    }
                }
                guesses += RoleFillers.guess(named) ? 1 : 0;
                return named;
            }
        };
        if (TRACE) {
            System.err.println("  pair " + pair + (graph == null ? ", not parsed" : "\n" + graph));
        }
        for (Patterns.Found f : GRAMMAR.match(graph, sentence.text(), offset, resolver)) {
            if (fits(f)
                    && found.stream()
                            .noneMatch(g -> g.event() == f.event()
                                    && g.tie() == f.tie()
                                    && g.actors().containsAll(f.actors()))) {
                found.add(f);
            }
        }
        for (Patterns.Found f : Patterns.match(template, this::fits)) {
            // The grammar's fact stands for the expression's: a sure one with as many actors or more, or one of
            // the same actors that it holds for review ("no need to organize a meeting between A and B").
            if (found.stream()
                    .noneMatch(g -> g.event() == f.event()
                            && g.tie() == f.tie()
                            && g.actors().containsAll(f.actors())
                            && (g.confidence() >= THRESHOLD || f.actors().containsAll(g.actors())))) {
                found.add(f);
            }
        }
        // A description that more than one person fits is a guess: its facts are candidates.
        Set<Integer> guessed = tracker.guessedOnly(spans);
        found.replaceAll(f -> f.actors().stream().anyMatch(guessed::contains)
                ? f.withConfidence(Math.min(f.confidence(), GrammarMatcher.CANDIDATE))
                : f);
        // A seat, a capital or a state's government as an event's actor is the state: "pressed the Kremlin to".
        found.replaceAll(f -> RoleFillers.states(
                f, a -> a < 0 ? null : tracker.state(RoleFillers.stateFor(tracker.get(a)), sentence, index, true, -1)));
        // A state visited is the visit's target; a city, its location.
        found.replaceAll(f -> f.event() == EventType.VISIT ? visited(f) : f);
        // "Oman hosted talks between Iran and the US": the talks are the mediation's, not a meeting of their own.
        found.removeIf(f -> f.event() == EventType.MEETING
                && found.stream()
                        .anyMatch(g -> g.event() == EventType.MEDIATION
                                && g.confidence() >= THRESHOLD
                                && g.actors().containsAll(f.actors())));
        for (Patterns.Found f : found) {
            List<Integer> parties = new ArrayList<>();
            for (int i = 0; i < f.actors().size() && f.event() == EventType.MEDIATION; i++) {
                if (f.roles().get(i) == Role.PARTY
                        && f.confidence() >= THRESHOLD
                        && tracker.get(f.actors().get(i)).type == EntityType.ORGANIZATION) {
                    parties.add(f.actors().get(i));
                }
            }
            if (parties.size() == 2) {
                pair = parties;
                pairs.add(new NamedPair(parties, sentence.charOffsets().second()));
            }
        }
        return found;
    }

    private Patterns.Found visited(Patterns.Found f) {
        List<Role> roles = new ArrayList<>(f.roles());
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == Role.LOCATION
                    && "state".equals(tracker.get(f.actors().get(i)).kind)) {
                roles.set(i, Role.TARGET);
            }
        }
        return f.with(f.actors(), roles);
    }

    /**
     * Takes the two sides a sentence names together as the article's pair: "Saudi Arabia and Iran", "Israel and
     * the militant group Hamas", "Washington and Tehran" (their states), "Saudi and Iranian officials",
     * "U.S.-Iranian contacts". Two organizations (states, movements); the last such pair is the one "the two
     * sides" and a mediation that names its mediator alone refer to.
     */
    private void pairIn(String text, String template, List<Span> spans, int offset) {
        // Where each placeholder's name ends in the text: the spans the template kept, in order.
        List<Integer> ends = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() >= at && span.end() <= text.length()) {
                ends.add(span.end());
                at = span.end();
            }
        }
        Matcher m = PAIR_NAMED.matcher(template);
        while (m.find()) {
            if (LIST_BEFORE.matcher(template.substring(0, m.start())).find()) {
                // "Saudi Arabia, the UAE, Bahrain and Egypt": the last two of a list are no pair of sides.
                continue;
            }
            Actor a = tracker.stateOf(tracker.get(Integer.parseInt(m.group(1))));
            Actor b = tracker.stateOf(tracker.get(Integer.parseInt(m.group(2))));
            // Two people named together are often not the sides ("Faisal and Amir-Abdollahian shook hands"), nor
            // are two international bodies that watch or mediate ("the U.N. and the regional bloc IGAD").
            if (a != null
                    && b != null
                    && a != b
                    && a.type == EntityType.ORGANIZATION
                    && b.type == EntityType.ORGANIZATION
                    && !international(a)
                    && !international(b)) {
                pair = List.of(a.index, b.index);
                int placeholder = Patterns.PLACEHOLDER
                        .matcher(template.substring(0, m.start(2)))
                        .results()
                        .mapToInt(r -> 1)
                        .sum();
                pairs.add(new NamedPair(
                        pair, offset + (placeholder < ends.size() ? ends.get(placeholder) : text.length())));
            }
        }
        m = PEOPLE_NAMED.matcher(template);
        while (m.find()) {
            Actor a = tracker.get(Integer.parseInt(m.group(1)));
            Actor b = tracker.get(Integer.parseInt(m.group(2)));
            if (a != b && a.type == EntityType.PERSON && b.type == EntityType.PERSON) {
                int placeholder = Patterns.PLACEHOLDER
                        .matcher(template.substring(0, m.end()))
                        .results()
                        .mapToInt(r -> 1)
                        .sum();
                peoplePairs.add(new NamedPair(
                        List.of(a.index, b.index),
                        offset + (placeholder - 1 < ends.size() ? ends.get(placeholder - 1) : text.length())));
            }
        }
        m = PAIR_DEMONYMS.matcher(text);
        while (m.find()) {
            Actor a = tracker.existing(Demonyms.country(m.group(1)));
            Actor b = tracker.existing(Demonyms.country(m.group(2)));
            if (a != null && b != null && a != b) {
                pair = List.of(a.index, b.index);
                pairs.add(new NamedPair(pair, offset + m.end(2)));
            }
        }
    }

    /** Whether an organization is an international body: of that kind, or so in the reference list. */
    private static boolean international(Actor a) {
        return "international".equals(a.kind)
                || org.influencegraph.resolve.ReferenceList.get()
                        .byKey(org.influencegraph.names.NameKeys.key(a.name))
                        .stream()
                        .anyMatch(x -> "international".equals(x.kind()));
    }

    /**
     * A fact of {@link #match} as the article states it, or null if its actors do not fit: a mediator named alone
     * takes as its parties the people and organizations named after it; a detail names its actors.
     */
    Patterns.Found settle(Patterns.Found found) {
        if (found.loneMediator()) {
            // A mediator named alone: its parties are the people and organizations named after it.
            List<Integer> indexes = new ArrayList<>(found.actors().subList(0, 1));
            List<Role> roles = new ArrayList<>(List.of(Role.MEDIATOR));
            for (int i = 1; i < found.actors().size(); i++) {
                if (tracker.get(found.actors().get(i)).type != EntityType.PLACE) {
                    indexes.add(found.actors().get(i));
                    roles.add(Role.PARTY);
                }
            }
            if (indexes.size() < 2) {
                return null;
            }
            found = found.with(indexes, roles);
        }
        if (!fits(found)) {
            return null;
        }
        if (found.detail() != null) {
            found = found.withDetail(tracker.names(found.detail()));
        }
        return found;
    }

    /** Whether a fact's actors are of the kinds its pattern needs; a lone mediator's parties are sorted later. */
    boolean fits(Patterns.Found found) {
        if (found.loneMediator()) {
            return true;
        }
        List<EntityType> types = new ArrayList<>();
        for (int i = 0; i < found.actors().size(); i++) {
            Actor a = tracker.get(found.actors().get(i));
            if (GENERIC.contains(a.name.toLowerCase(Locale.ROOT))) {
                // "Parliament Speaker Nabih Berri": which parliament, the name does not say; every article's
                // "Parliament" would be one.
                return false;
            }
            // A state is also a place to visit or be in.
            types.add(found.need(i) == EntityType.PLACE && "state".equals(a.kind) ? EntityType.PLACE : a.type);
        }
        // Located in: an organization of its own, not a state or a collective; employed by a state: as its
        // minister (with a title), not as "[Russia] expert".
        return found.fits(types)
                && !(found.tie() == TieType.LOCATED_IN
                        && tracker.get(found.actors().get(0)).kind != null)
                && !(found.tie() == TieType.EMPLOYED_BY
                        && found.detail() == null
                        && "state".equals(tracker.get(found.actors().get(1)).kind))
                // A person is a state's citizen, not its member.
                && !(found.tie() == TieType.MEMBER_OF
                        && "state".equals(tracker.get(found.actors().get(1)).kind));
    }

    /** The sentence with each actor replaced by its placeholder; a possessive stays after it. */
    static String template(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            out.append(text, at, span.start())
                    .append("[E")
                    .append(span.actor().index)
                    .append(']');
            if (span.possessive()) {
                // "her husband" reads as "[E2]'s husband", as a named possessive would.
                out.append("'s");
            }
            at = span.end();
        }
        out.append(text.substring(Math.min(at, text.length())));
        return out.toString().replace('’', '\'').replace('“', '"').replace('”', '"');
    }
}
