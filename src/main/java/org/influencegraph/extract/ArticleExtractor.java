package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.model.Article;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.EventType;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.Role;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.StableIds;
import org.influencegraph.model.TieRecord;
import org.influencegraph.model.TieType;
import org.influencegraph.names.NameKeys;
import org.influencegraph.resolve.PlaceUse;

/**
 * Reads an article's people, organizations, places, events and ties. The named entities come from the NLP
 * pipeline; within the article, a surname, a possessive or a pronoun is taken to be the person last named that
 * fits. Each sentence's dependency graph is matched against the grammar rules of the {@link RuleCatalog}
 * ({@link GrammarMatcher}), then the sentence, rewritten with its actors as placeholders ({@code [E3] called on
 * [E1] to ...}), against the phrasings in {@link Patterns} for what the catalog does not read yet: every fact
 * keeps the article, the sentence, its character offsets, the rule that found it, and a confidence.
 */
public final class ArticleExtractor {

    /** The extractor and its model: what an article's reading is remembered by, and what its entities name. */
    public static final String PRODUCER = "extractor/rules-3+" + Nlp.MODEL;
    /** Facts below this confidence are candidates for review, not plain facts. */
    public static final double THRESHOLD = 0.7;

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_GIVEN_IN_A = Set.of("nikita", "ilya", "sasha", "misha", "kostya", "luca",
            "andrea", "joshua", "elijah", "ezra", "mustafa", "musa", "isa", "hamza", "oleksa", "foma", "kuzma");
    /** Titles of those who lead a country or an organization. */
    private static final Set<String> LEADER_TITLES = Set.of("president", "leader", "prime minister", "premier",
            "chancellor", "king", "queen", "emir", "dictator", "strongman", "ruler", "head of state", "head", "boss",
            "chief", "chairman", "chairwoman", "founder", "commander");
    private static final Set<String> GENERAL_LEADER = Set.of("leader", "strongman", "dictator", "ruler", "autocrat");
    private static final Set<String> HEAD_OF_STATE = Set.of("president", "prime minister", "premier", "chancellor",
            "king", "queen", "emir", "leader", "strongman", "dictator", "ruler", "autocrat");
    /** Titles that say whom a person serves: the state's leader, or one of its ministers and envoys. */
    private static final Pattern STATE_TITLE = Pattern.compile("(?i)president|leader|prime minister|premier|"
            + "chancellor|king|queen|emir|dictator|strongman|ruler|(?:[\\w-]+ ){0,2}(?:minister|secretary|ambassador|"
            + "envoy)|secretary of state");
    /** Directions that a named-entity model takes for places. */
    private static final Set<String> PLACE_WORDS = Set.of("west", "east", "north", "south", "western", "eastern");
    private static final Set<String> MALE_RELATIVES = Set.of("husband", "son", "brother", "father", "nephew", "uncle");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?:['’]s)? (?:[\\w-]+ )?(husband|wife|son|daughter|"
            + "brother|sister|father|mother|nephew|niece|uncle|aunt),? ");
    /** A man's and a woman's ending of one Slavic surname. */
    private static final String[][] SURNAME_FORMS = {{"sky", "skaya"}, {"ski", "ska"}, {"skiy", "skaya"},
        {"ov", "ova"}, {"ev", "eva"}, {"in", "ina"}, {"ny", "naya"}, {"y", "aya"}};
    /** The men's endings that are Slavic enough to change for a woman: not -in (Austin) or -ry (Kerry). */
    private static final Set<String> MALE_ENDINGS_TO_CHANGE = Set.of("sky", "ski", "skiy", "ov", "ev", "ny");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d]{1,7})\\)");
    /** "the Kurdistan Workers' Party, or PKK,": another name when the letters are the name's initials. */
    private static final Pattern ACRONYM_OR = Pattern.compile(", or (\\p{Lu}[\\p{Lu}\\d]{1,7})(?=[,.;)]|$)");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final int QUOTE_MAX = 400;
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Sheikh|Sheikha|Grand Ayatollah|Ayatollah|Sir|Dame|"
            + "Dr\\.?|Prof\\.?|General|Gen\\.|Colonel|Col\\.|Prince|Princess|Emir|Mr\\.?|Mrs\\.?|Ms\\.?|Lord|Lady|"
            + "Rabbi|Imam|Cardinal|Archbishop|Marshal|Admiral)\\s+(?=\\p{Lu})");
    /** A body one is appointed a member of (a cabinet, a board), unlike one appointed to as an envoy (the UN). */
    private static final Pattern MEMBERS_BODY = Pattern.compile("(?i)\\b(?:cabinet|government|board|council|committee|"
            + "commission|court|parliament|assembly|senate|politburo|bureau|presidium|team)\\b");
    /** What stands between a name and another name for the same: ", known as", " (better known as \"". */
    private static final Pattern KNOWN_AS = Pattern.compile(",? \\(?(?:better |also |widely |popularly |commonly )?"
            + "known as [\"“]?");
    /** A body's common noun, which the model tags as a name when capitalized: no fact can name it alone. */
    private static final Set<String> GENERIC = Set.of("parliament", "government", "cabinet", "army", "police", "court",
            "council", "assembly", "senate", "ministry", "military", "opposition", "presidency", "administration",
            "commission", "committee", "party", "church", "state", "prosecutors");
    /** The article before an Arabic surname: "Burhan" is "al-Burhan". */
    private static final Pattern SURNAME_ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|bin|ibn)-");
    /** The last word of a body's name, which a place's name does not end with. */
    private static final Pattern BODY_NAME = Pattern.compile("\\b(?:Centre|Center|Institute|Forum|Foundation|Council|"
            + "Committee|Commission|Party|Agency|University|Group|Ministry|Court|Assembly|Parliament|Service|"
            + "Movement|Organisation|Organization|Association|Fund|Bureau)$");
    /** The grammar rules, read and checked once a process. */
    private static final GrammarMatcher GRAMMAR = new GrammarMatcher(RuleCatalog.shipped());
    /** {@code -Dinfluencegraph.trace}: every sentence with its actors' placeholders, on standard error. */
    /** Two actors named together: "[E1] and [E2]", "[E1] and the militant group [E2]", "between [E1] and [E2]". */
    private static final Pattern PAIR_NAMED = Pattern.compile(
            "\\[E(\\d+)\\](?:['’]s)? and (?:the |its |their )?(?:[\\p{L}-]+ ){0,3}?\\[E(\\d+)\\]");
    /** Two states named by their demonyms: "Saudi and Iranian officials", "U.S.-Iranian contacts". */
    private static final Pattern PAIR_DEMONYMS = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}.]+)(?: and |-)(\\p{Lu}[\\p{L}.]+) (?=\\p{Ll})");
    private static final boolean TRACE = Boolean.getBoolean("influencegraph.trace");

    /**
     * What an article gave: its source and the facts, each with its provenance; the facts below
     * {@link #THRESHOLD} are apart, as candidates for review.
     */
    public record Extraction(SourceRecord source, List<EntityRecord> entities, List<EventRecord> events,
            List<ParticipationRecord> participations, List<TieRecord> ties, List<Candidate> candidates) {
    }

    /**
     * A fact the extractor is not sure of: an event with its parts, or a tie. Its id is stable across imports
     * of the article (the article, the sentence's text, the kind of fact and its actors), so that a reviewer's
     * decision holds when the article is read again.
     */
    public record Candidate(String id, EventRecord event, List<ParticipationRecord> participations, TieRecord tie) {

        public Provenance provenance() {
            return tie != null ? tie.provenance() : event.report();
        }
    }

    /** One actor of the article: a person, an organization or a place, with every name it went by. */
    private static final class Actor {
        final int index;
        final EntityType type;
        String name;
        final Set<String> names = new LinkedHashSet<>();
        String description;
        /** What kind of organization: state, government, movement, military-unit, media, company. */
        String kind;
        /** A person's nationality word, from a title ("Belarusian President"). */
        String nationality;
        int lastSeen = -1;
        boolean female;
        /** Whether a pronoun has confirmed the gender guessed from the name. */
        boolean genderSure;
        /** Whether a woman's surname ending said so: surer than a given name's. */
        boolean surnameSays;
        int firstSentence = -1;
        String firstQuote;
        /** A place's sentences that name it as an actor and as where something is ({@link PlaceUse}). */
        final Set<Integer> placeSentences = new java.util.HashSet<>();
        int acting;
        int located;
        /** How the actor is written, to find it again where the model does not tag it. */
        Pattern again;

        Actor(int index, EntityType type, String name) {
            this.index = index;
            this.type = type;
            this.name = name;
            names.add(name);
        }

        String id() {
            return NameKeys.slug(name);
        }

        String surname() {
            String[] words = name.split("\\s+");
            return words[words.length - 1].toLowerCase(Locale.ROOT);
        }
    }

    /** A stretch of a sentence that names an actor. */
    private record Span(int start, int end, Actor actor, boolean possessive) {
    }

    private final List<Actor> actors = new ArrayList<>();
    /** A tie a sentence states by naming an actor: "the Lukashenko regime", "the Russian president". */
    private record Related(Actor from, TieType type, Actor to) {
    }

    private final List<Related> related = new ArrayList<>();
    /** The two sides the article last named together: what "the two sides" refers to. */
    private List<Integer> pair = List.of();
    /** The nationality the article speaks of most: "the opposition" is that country's. */
    private String dominant;
    private Actor lastMale;
    private Actor lastFemale;
    private Actor lastPerson;
    /** The first person of the last sentence that named one, of each gender. */
    private Actor subjectMale;
    private Actor subjectFemale;

    private ArticleExtractor() {
    }

    /** The facts of one article. */
    public static Extraction extract(Article article) {
        return new ArticleExtractor().run(article, Nlp.annotate(TextCleaner.clean(article.text()), article.date()));
    }

    private Extraction run(Article article, CoreDocument document) {
        SourceRecord source = new SourceRecord(article.id(), article.title(), article.publisher(), article.author(),
                article.date() == null ? null : PartialDate.parse(article.date()).orElse(null), article.url(), "article");
        List<CoreSentence> sentences = document.sentences();
        fullNames(document);
        dominant = dominantNationality(document);
        List<EventRecord> events = new ArrayList<>();
        List<ParticipationRecord> participations = new ArrayList<>();
        List<TieRecord> ties = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            CoreSentence sentence = sentences.get(s);
            // A sentence that names no one may still name states by their demonyms: "a Qatari-brokered truce".
            List<Span> spans = spans(sentence, s);
            int offset = sentence.charOffsets().first();
            String text = sentence.text();
            String template = template(text, spans);
            if (TRACE) {
                System.err.println("sentence " + s + ": " + template);
                for (Span sp : spans) {
                    System.err.println("  [E" + sp.actor().index + "] " + sp.actor().type + " " + sp.actor().name
                            + (sp.actor().kind == null ? "" : " (" + sp.actor().kind + ")"));
                }
            }
            String quote = text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX) + "…";
            String date = sentenceDate(sentence, article.date());
            for (Related r : related) {
                ties.add(new TieRecord(r.from().id(), r.type(), r.to().id(), null, null, null, new Provenance(
                        article.id(), quote, PRODUCER, 0.8, Map.of("startOffset", offset, "endOffset",
                        sentence.charOffsets().second(), "sentence", s))));
            }
            related.clear();
            for (Patterns.Found found : found(sentence, s, spans, template)) {
                if (TRACE) {
                    System.err.println("  found " + (found.tie() != null ? found.tie() : found.event()) + " "
                            + found.actors() + " " + found.roles() + " " + found.confidence());
                }
                List<Actor> who = new ArrayList<>();
                for (int index : found.actors()) {
                    who.add(actors.get(index));
                }
                if (found.loneMediator()) {
                    // A mediator named alone: its parties are the people and organizations named after it.
                    List<Integer> indexes = new ArrayList<>(found.actors().subList(0, 1));
                    List<Role> roles = new ArrayList<>(List.of(Role.MEDIATOR));
                    for (int i = 1; i < who.size(); i++) {
                        if (who.get(i).type != EntityType.PLACE) {
                            indexes.add(found.actors().get(i));
                            roles.add(Role.PARTY);
                        }
                    }
                    if (indexes.size() < 2) {
                        continue;
                    }
                    who.removeIf(a -> !indexes.contains(a.index));
                    found = found.with(indexes, roles);
                }
                if (!fits(found)) {
                    continue;
                }
                if (found.detail() != null) {
                    found = found.withDetail(names(found.detail()));
                }
                String fact = StableIds.digest(article.id() + "|" + text + "|" + (found.tie() != null ? found.tie()
                        : found.event()) + "|" + who.stream().map(Actor::id).toList(), 8);
                Map<String, Object> details = Map.of("startOffset", offset, "endOffset",
                        sentence.charOffsets().second(), "sentence", s);
                Provenance provenance = new Provenance(article.id(), quote, producer(found.rule()), found.confidence(),
                        details);
                boolean sure = found.confidence() >= THRESHOLD;
                if (found.tie() != null) {
                    TieRecord tie = new TieRecord(who.get(0).id(), found.tie(), who.get(1).id(), found.detail(), null,
                            null, provenance);
                    if (sure) {
                        ties.add(tie);
                    } else {
                        candidates.add(new Candidate("candidate-" + fact, null, List.of(), tie));
                    }
                    continue;
                }
                String eventId = "event-" + fact;
                EventRecord event = new EventRecord(eventId, found.event(), date == null ? null
                        : PartialDate.parse(date).orElse(null), null, null, title(found, who), null, provenance);
                List<ParticipationRecord> parts = new ArrayList<>();
                for (int i = 0; i < who.size(); i++) {
                    parts.add(new ParticipationRecord(eventId, who.get(i).id(), found.roles().get(i),
                            i == 0 ? found.detail() : null, provenance));
                }
                if (sure) {
                    events.add(event);
                    participations.addAll(parts);
                    appointedTo(found, who, provenance).ifPresent(ties::add);
                } else {
                    candidates.add(new Candidate("candidate-" + fact, event, parts, null));
                }
            }
        }
        once(events, participations);
        List<EntityRecord> entities = new ArrayList<>();
        for (Actor a : actors) {
            if (a.firstSentence < 0) {
                continue;
            }
            List<String> aliases = a.names.stream().filter(n -> !n.equals(a.name)).toList();
            entities.add(new EntityRecord(a.id(), a.type, a.name, aliases, a.kind, null, a.description, null,
                    new Provenance(article.id(), a.firstQuote, PRODUCER, 0.9, a.acting + a.located == 0
                            ? Map.of("sentence", a.firstSentence)
                            // How most of the article's sentences name a place: as an actor or as where.
                            : Map.of("sentence", a.firstSentence, "acting", a.acting >= a.located)),
                    new EntityRecord.Extras(Map.of(), List.of(), true)));
        }
        return new Extraction(source, entities, events, participations, ties, candidates);
    }

    /** What a fact names as its producer: the extractor, the rule that found it, the model. */
    static String producer(String rule) {
        return "extractor/rules-3:" + rule + "+" + Nlp.MODEL;
    }

    /**
     * The facts of a sentence: those the grammar rules of the catalog find, then those the regular expressions
     * of {@link Patterns} find that the grammar did not (one with the same fact and all its actors is known).
     */
    private List<Patterns.Found> found(CoreSentence sentence, int index, List<Span> spans, String template) {
        List<Patterns.Found> found = new ArrayList<>();
        SemanticGraph graph = sentence.coreMap().get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        int offset = sentence.charOffsets().first();
        pairIn(sentence.text(), template);
        GrammarMatcher.Resolver resolver = new GrammarMatcher.Resolver() {
            @Override
            public Integer actor(IndexedWord word, boolean create) {
                return resolve(graph, word, spans, offset, sentence, index, create);
            }

            @Override
            public List<Integer> pair() {
                return pair;
            }
        };
        if (TRACE) {
            System.err.println("  pair " + pair + (graph == null ? ", not parsed" : "\n" + graph));
        }
        for (Patterns.Found f : GRAMMAR.match(graph, sentence.text(), offset, resolver)) {
            if (fits(f) && found.stream().noneMatch(g -> g.event() == f.event() && g.actors().containsAll(f.actors()))) {
                found.add(f);
            }
        }
        for (Patterns.Found f : Patterns.match(template, this::fits)) {
            // The grammar's fact stands for the expression's: a sure one with as many actors or more, or one of
            // the same actors that it holds for review ("no need to organize a meeting between A and B").
            if (found.stream().noneMatch(g -> g.event() == f.event() && g.tie() == f.tie()
                    && g.actors().containsAll(f.actors())
                    && (g.confidence() >= THRESHOLD || f.actors().containsAll(g.actors())))) {
                found.add(f);
            }
        }
        // "Oman hosted talks between Iran and the US": the talks are the mediation's, not a meeting of their own.
        found.removeIf(f -> f.event() == EventType.MEETING && found.stream().anyMatch(g -> g.event()
                == EventType.MEDIATION && g.confidence() >= THRESHOLD && g.actors().containsAll(f.actors())));
        for (Patterns.Found f : found) {
            List<Integer> parties = new ArrayList<>();
            for (int i = 0; i < f.actors().size() && f.event() == EventType.MEDIATION; i++) {
                if (f.roles().get(i) == Role.PARTY && f.confidence() >= THRESHOLD
                        && actors.get(f.actors().get(i)).type == EntityType.ORGANIZATION) {
                    parties.add(f.actors().get(i));
                }
            }
            if (parties.size() == 2) {
                pair = parties;
            }
        }
        return found;
    }

    /**
     * Takes the two sides a sentence names together as the article's pair: "Saudi Arabia and Iran", "Israel and
     * the militant group Hamas", "Washington and Tehran" (their states), "Saudi and Iranian officials",
     * "U.S.-Iranian contacts". Two organizations (states, movements); the last such pair is the one "the two
     * sides" and a mediation that names its mediator alone refer to.
     */
    private void pairIn(String text, String template) {
        Matcher m = PAIR_NAMED.matcher(template);
        while (m.find()) {
            Actor a = stateOf(actors.get(Integer.parseInt(m.group(1))));
            Actor b = stateOf(actors.get(Integer.parseInt(m.group(2))));
            // Two people named together are often not the sides ("Faisal and Amir-Abdollahian shook hands").
            if (a != null && b != null && a != b && a.type == EntityType.ORGANIZATION
                    && b.type == EntityType.ORGANIZATION) {
                pair = List.of(a.index, b.index);
            }
        }
        m = PAIR_DEMONYMS.matcher(text);
        while (m.find()) {
            Actor a = existing(Demonyms.country(m.group(1)));
            Actor b = existing(Demonyms.country(m.group(2)));
            if (a != null && b != null && a != b) {
                pair = List.of(a.index, b.index);
            }
        }
    }

    /** The actor itself, or for a capital its state if the article names it; null for any other place. */
    private Actor stateOf(Actor actor) {
        if (actor.type != EntityType.PLACE) {
            return actor;
        }
        return existing(Demonyms.stateOfSeat(actor.name));
    }

    /** The organization of that name the article already has, or null. */
    private Actor existing(String name) {
        if (name == null) {
            return null;
        }
        for (Actor a : actors) {
            if (a.type == EntityType.ORGANIZATION && NameKeys.key(a.name).equals(NameKeys.key(name))) {
                return a;
            }
        }
        return null;
    }

    /**
     * The actor a word of the sentence names: the one whose mention covers it, else its appositive's or its
     * compound's ("the militant group Hamas"), else the state of a demonym ("Qatari-brokered"), added if
     * {@code create}.
     */
    private Integer resolve(SemanticGraph graph, IndexedWord word, List<Span> spans, int offset,
            CoreSentence sentence, int index, boolean create) {
        Actor named = covering(word, spans, offset);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            // "his Iranian counterpart Hossein Amirabdollahian" comes as an unlabelled dependent.
            if (named == null && (rel.equals("appos") || rel.equals("compound") || rel.startsWith("flat")
                    || rel.equals("dep") && e.getDependent().tag().startsWith("NNP"))) {
                named = covering(e.getDependent(), spans, offset);
            }
        }
        String country = null;
        if (named != null) {
            // "between Washington and Havana": a capital in a role stands for its state, tagged as a place or,
            // as the model often does in that use, as an organization ("Abu Dhabi's mediation").
            country = named.type != EntityType.PERSON ? Demonyms.stateOfSeat(named.name) : null;
            if (country == null) {
                return named.index;
            }
        } else if (Demonyms.country(word.word()) != null && (word.tag().startsWith("JJ") || word.tag().startsWith("NNP"))) {
            country = Demonyms.country(word.word());
        } else if (!Demonyms.countryName(word.word()).equals(word.word())) {
            // "UAE-brokered": a short name of a state the model tagged with the word after it.
            country = Demonyms.countryName(word.word());
        }
        if (country == null) {
            return null;
        }
        for (Actor a : actors) {
            if (a.type == EntityType.ORGANIZATION && NameKeys.key(a.name).equals(NameKeys.key(country))) {
                return a.index;
            }
        }
        if (!create) {
            // Not added yet: a number no actor has, the same for the same word.
            return -1 - word.index();
        }
        Actor state = actor(EntityType.ORGANIZATION, country);
        state.kind = "state";
        seen(state, sentence, index);
        return state.index;
    }

    private static Actor covering(IndexedWord word, List<Span> spans, int offset) {
        int start = word.beginPosition() - offset;
        int end = word.endPosition() - offset;
        for (Span span : spans) {
            if (span.start() <= start && end <= span.end()) {
                return span.actor();
            }
        }
        return null;
    }

    /** An appointment to a body makes its appointee a member: "the appointment of [E1] to [E2]'s cabinet". */
    private static java.util.Optional<TieRecord> appointedTo(Patterns.Found found, List<Actor> who,
            Provenance provenance) {
        if (found.event() != EventType.APPOINTMENT) {
            return java.util.Optional.empty();
        }
        Actor person = null;
        Actor body = null;
        for (int i = 0; i < who.size(); i++) {
            Actor a = who.get(i);
            if (found.roles().get(i) == Role.TARGET && a.type == EntityType.PERSON) {
                person = a;
            } else if (found.roles().get(i) == Role.SUBJECT && a.type == EntityType.ORGANIZATION
                    && !"state".equals(a.kind) && MEMBERS_BODY.matcher(a.name).find()) {
                body = a;
            }
        }
        return person == null || body == null ? java.util.Optional.empty()
                : java.util.Optional.of(new TieRecord(person.id(), TieType.MEMBER_OF, body.id(), "appointed", null, null,
                        provenance));
    }

    private static String dominantNationality(CoreDocument document) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CoreEntityMention m : document.entityMentions()) {
            String adjective = m.entityType().equals("NATIONALITY") ? Demonyms.adjective(m.text()) : null;
            if (adjective != null) {
                counts.merge(adjective, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * An article that tells one event twice (in its headline and again below, or in two sentences) asserts it
     * once: of two events of one type and date whose actors are the same, or one's among the other's, the one
     * with more actors stays, or the first.
     */
    private static void once(List<EventRecord> events, List<ParticipationRecord> participations) {
        mediatorsTogether(events, participations);
        Map<String, Set<String>> actorsOf = new java.util.HashMap<>();
        for (ParticipationRecord p : participations) {
            actorsOf.computeIfAbsent(p.event(), k -> new java.util.HashSet<>()).add(p.entity());
        }
        Set<String> dropped = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = 0; j < events.size(); j++) {
                EventRecord a = events.get(i);
                EventRecord b = events.get(j);
                if (i == j || dropped.contains(a.id()) || dropped.contains(b.id()) || a.type() != b.type()
                        || !java.util.Objects.equals(a.date(), b.date())) {
                    continue;
                }
                Set<String> mine = actorsOf.getOrDefault(a.id(), Set.of());
                Set<String> theirs = actorsOf.getOrDefault(b.id(), Set.of());
                if (theirs.containsAll(mine) && (theirs.size() > mine.size() || j < i)) {
                    dropped.add(a.id());
                }
            }
        }
        events.removeIf(e -> dropped.contains(e.id()));
        participations.removeIf(p -> dropped.contains(p.event()));
    }

    /**
     * One mediation of the same mediator between the same two parties, however many sentences tell of it and
     * whatever dates they give: "Qatar brokered the truce", later "Qatar and Egypt mediated between them".
     * Another mediator between the same two is another mediation (Canada hosting talks, a cardinal carrying
     * messages).
     */
    private static void mediatorsTogether(List<EventRecord> events, List<ParticipationRecord> participations) {
        Map<String, String> into = new java.util.HashMap<>();
        List<EventRecord> kept = new ArrayList<>();
        for (EventRecord e : events) {
            if (e.type() != EventType.MEDIATION || sides(e, participations, Role.PARTY).size() != 2) {
                continue;
            }
            for (EventRecord k : kept) {
                Set<String> mediators = new java.util.HashSet<>(sides(k, participations, Role.MEDIATOR));
                mediators.retainAll(sides(e, participations, Role.MEDIATOR));
                if (sides(k, participations, Role.PARTY).equals(sides(e, participations, Role.PARTY))
                        && !mediators.isEmpty()) {
                    into.put(e.id(), k.id());
                    break;
                }
            }
            if (!into.containsKey(e.id())) {
                kept.add(e);
            }
        }
        if (into.isEmpty()) {
            return;
        }
        Set<String> had = new java.util.HashSet<>();
        List<ParticipationRecord> merged = new ArrayList<>();
        for (ParticipationRecord p : participations) {
            String event = into.getOrDefault(p.event(), p.event());
            if (had.add(event + "|" + p.entity() + "|" + p.role())) {
                merged.add(event.equals(p.event()) ? p : new ParticipationRecord(event, p.entity(), p.role(),
                        p.detail(), p.provenance()));
            }
        }
        participations.clear();
        participations.addAll(merged);
        events.removeIf(e -> into.containsKey(e.id()));
    }

    private static Set<String> sides(EventRecord event, List<ParticipationRecord> participations, Role role) {
        Set<String> out = new java.util.TreeSet<>();
        for (ParticipationRecord p : participations) {
            if (p.event().equals(event.id()) && p.role() == role) {
                out.add(p.entity());
            }
        }
        return out;
    }

    /** First the people named in full anywhere in the article, so that a surname before them finds them. */
    private void fullNames(CoreDocument document) {
        for (CoreEntityMention m : document.entityMentions()) {
            EntityType type = type(m.entityType());
            String name = clean(m.text());
            if (type == EntityType.PERSON && name.contains(" ") && !pronoun(name)) {
                actor(type, name);
            }
        }
    }

    /**
     * A named entity, a pronoun the named entities left out, or an actor a rule of {@link Mentions} found, at its
     * place in the sentence; {@code found} is set for the last.
     */
    private record Item(int start, int end, String kind, String text, Mentions.Mention found) {
    }

    /** The actors a sentence names, in order, pronouns, possessives and descriptions taken to whom they stand for. */
    private List<Span> spans(CoreSentence sentence, int index) {
        int offset = sentence.charOffsets().first();
        String sentenceText = sentence.text();
        List<Item> items = new ArrayList<>();
        List<Mentions.Mention> found = Mentions.find(sentenceText, dominant, this::nationalityOf);
        for (Mentions.Mention m : found) {
            boolean inside = items.stream().anyMatch(i -> i.start() - offset < m.end() && m.start() < i.end() - offset);
            if (!inside) {
                items.add(new Item(m.start() + offset, m.end() + offset, m.type().name(), m.alias(), m));
            }
        }
        for (CoreEntityMention m : sentence.entityMentions()) {
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            boolean taken = items.stream().anyMatch(i -> i.found() != null && i.start() < end && start < i.end());
            if (!taken) {
                // "the Gulf Dialogue Centre", "Tbilisi City Court": a body the model took for a place.
                String ner = type(m.entityType()) == EntityType.PLACE && BODY_NAME.matcher(m.text()).find()
                        ? "ORGANIZATION" : m.entityType();
                items.add(new Item(start, end, ner, m.text(), null));
            }
        }
        for (Actor a : actors) {
            // An organization or a person named before, which the model does not tag this time.
            boolean person = a.type == EntityType.PERSON && a.name.contains(" ") && a.surname().length() > 3;
            if (!person && (a.type != EntityType.ORGANIZATION || a.name.length() < 4 || a.firstSentence < 0)) {
                continue;
            }
            if (a.again == null) {
                String surname = a.name.substring(a.name.lastIndexOf(' ') + 1);
                a.again = Pattern.compile("\\b" + Pattern.quote(person ? surname : a.name) + "\\b");
            }
            Matcher m = a.again.matcher(sentenceText);
            while (m.find()) {
                int start = m.start() + offset;
                int end = m.end() + offset;
                if (items.stream().noneMatch(i -> i.start() < end && start < i.end())) {
                    items.add(new Item(start, end, person ? "PERSON" : "ORGANIZATION", person ? m.group() : a.name,
                            null));
                }
            }
        }
        for (CoreLabel token : sentence.tokens()) {
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean covered = items.stream().anyMatch(i -> i.start() <= token.beginPosition()
                    && token.endPosition() <= i.end());
            if ((MALE.contains(word) || FEMALE.contains(word)) && !covered) {
                items.add(new Item(token.beginPosition(), token.endPosition(), "PRONOUN", token.word(), null));
            }
        }
        items.sort(java.util.Comparator.comparingInt(Item::start));
        List<Span> spans = new ArrayList<>();
        String title = null;
        int titleStart = -1;
        int titleEnd = -1;
        for (int n = 0; n < items.size(); n++) {
            Item item = items.get(n);
            String kind = item.kind();
            String text = item.text();
            Item next = n + 1 < items.size() ? items.get(n + 1) : null;
            if (kind.equals("TITLE") || kind.equals("NATIONALITY")) {
                if (titleStart >= 0 && item.start() - titleEnd > 1) {
                    // A title run is one stretch of words: "The Belarusian economy shrank, the president said".
                    title = null;
                    titleStart = -1;
                }
                if (titleStart < 0) {
                    titleStart = item.start();
                }
                title = title == null ? text : title + " " + text;
                titleEnd = item.end();
                if (kind.equals("NATIONALITY") && next != null && next.kind().equals("TITLE") && adjacent(item, next)
                        && STATE_TITLE.matcher(next.text()).matches() && n + 2 < items.size()
                        && items.get(n + 2).kind().equals("PERSON") && adjacent(next, items.get(n + 2))
                        && Demonyms.country(text) != null) {
                    // "Russian President Vladimir Putin", "Hungarian Foreign Minister Peter Szijjarto": the country is an
                    // actor, so that the title reads as a tie.
                    Actor country = actor(EntityType.ORGANIZATION, Demonyms.country(text));
                    country.kind = "state";
                    seen(country, sentence, index);
                    spans.add(new Span(item.start() - offset, item.end() - offset, country, false));
                }
                if (kind.equals("TITLE") && (next == null || !next.kind().equals("PERSON") || !adjacent(item, next))) {
                    // "the Belarusian leader": the person last named with that title and nationality.
                    Actor described = described(sentenceText, titleStart - offset, title);
                    if (described != null) {
                        int at = titleStart - offset;
                        spans.removeIf(sp -> sp.start() >= at);
                        int from = sentenceText.toLowerCase(Locale.ROOT).lastIndexOf("the ", at);
                        spans.add(new Span(from, item.end() - offset, described, false));
                        described.lastSeen = index;
                        String country = nationalityIn(title);
                        String titled = title.toLowerCase(Locale.ROOT);
                        // Only a person known to be of that country: "the Russian president" says who leads Russia.
                        if (country != null && described.nationality != null
                                && Demonyms.same(country, described.nationality)
                                && !titled.matches(".*\\b(?:vice|deputy|former|ex)\\b.*")
                                && HEAD_OF_STATE.stream().anyMatch(t -> titled.matches(".*\\b" + t + "\\b.*"))) {
                            // "the Russian president" says who leads Russia.
                            Actor state = actor(EntityType.ORGANIZATION, Demonyms.country(country));
                            state.kind = "state";
                            seen(state, sentence, index);
                            related.add(new Related(described, TieType.LEADS, state));
                        }
                        title = null;
                        titleStart = -1;
                    }
                }
                continue;
            }
            Actor actor;
            if (kind.equals("PRONOUN") || item.found() == null && pronoun(text)) {
                String p = text.toLowerCase(Locale.ROOT);
                actor = MALE.contains(p) ? lastMale : FEMALE.contains(p) ? lastFemale : null;
                boolean opens = spans.isEmpty() && item.start() - offset <= 2;
                if (p.equals("he") || p.equals("she") || opens && (p.equals("his") || p.equals("her"))) {
                    // "He" and "she" are subjects, and most often stand for the subject before: the first man (or
                    // woman) of this sentence, else of the last sentence that named one. "Orban met Trump. Then he
                    // visited Kyiv" is Orban. So is a "his" that opens a sentence: "His adviser said".
                    boolean female = FEMALE.contains(p);
                    Actor subject = spans.stream().map(Span::actor).filter(a -> a.type == EntityType.PERSON
                            && a.female == female).findFirst().orElse(female ? subjectFemale : subjectMale);
                    if (subject != null) {
                        actor = subject;
                    }
                }
                if (actor == null && lastPerson != null && !lastPerson.genderSure && !lastPerson.surnameSays) {
                    // No one of that gender yet: the guess from the name was wrong ("Nika" is a man's name).
                    actor = lastPerson;
                    actor.female = FEMALE.contains(p);
                }
                if (actor != null) {
                    actor.genderSure = true;
                }
                if (actor == null) {
                    title = null;
                    titleStart = -1;
                    continue;
                }
            } else if (item.found() != null) {
                Mentions.Mention m = item.found();
                actor = actor(m.type(), m.name());
                actor.names.add(m.alias());
                if (m.kind() != null) {
                    actor.kind = m.kind();
                }
                seen(actor, sentence, index);
                Actor person = m.person() == null ? null : person(m.person());
                if (person != null) {
                    related.add(m.tie() == TieType.LEADS ? new Related(person, TieType.LEADS, actor)
                            : new Related(actor, m.tie(), person));
                }
            } else {
                EntityType type = type(kind);
                String name = clean(text);
                Actor person = type == null || PLACE_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? null : person(name);
                if (person != null) {
                    // A person the model took for a place or an organization this once: "an adviser to Tikhanovskaya".
                    actor = person;
                    String key = NameKeys.key(name);
                    if (actor.names.stream().noneMatch(known -> NameKeys.key(known).equals(key))) {
                        actor.names.add(name);
                    }
                } else if (type == null || PLACE_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
                    title = null;
                    titleStart = -1;
                    continue;
                } else {
                    if (kind.equals("COUNTRY")) {
                        type = EntityType.ORGANIZATION;
                        name = Demonyms.countryName(name);
                    } else if (type == EntityType.PERSON && !name.contains(" ") && person(name) == null) {
                        name = relativeName(sentenceText, spans, item.start() - offset, name);
                    }
                    Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && last.actor().type == type && last.end() <= item.start() - offset
                            && KNOWN_AS.matcher(sentenceText.substring(last.end(), item.start() - offset)).matches()) {
                        // "Mohamed Hamdan Dagalo, known as Hemedti": one person by two names.
                        actor = last.actor();
                        actor.names.add(name);
                    } else {
                        actor = actor(type, name);
                    }
                    if (kind.equals("COUNTRY")) {
                        actor.kind = "state";
                        actor.names.add(clean(text));
                    }
                }
                Matcher acronym = ACRONYM_AFTER.matcher(sentenceText).region(Math.min(sentenceText.length(),
                        item.end() - offset), sentenceText.length());
                if (actor.type == EntityType.ORGANIZATION && acronym.lookingAt()) {
                    // "Turkey's National Intelligence Organisation (MIT)": later, MIT is the same.
                    actor.names.add(acronym.group(1));
                } else if (actor.type == EntityType.ORGANIZATION && acronym.usePattern(ACRONYM_OR).lookingAt()
                        && initials(name, acronym.group(1))) {
                    actor.names.add(acronym.group(1));
                }
                if (title != null && item.start() - titleEnd > 1) {
                    // A title only describes the name right after it.
                    title = null;
                }
                if (title != null && actor.type == EntityType.PERSON && actor.description == null) {
                    actor.description = title;
                }
                if (actor.type == EntityType.PERSON && actor.nationality == null && n >= 2 && title != null
                        && items.get(n - 2).kind().equals("COUNTRY") && adjacent(items.get(n - 2), items.get(n - 1))) {
                    // "US President Joe Biden": American.
                    actor.nationality = Demonyms.adjectiveOf(items.get(n - 2).text());
                }
                if (title != null && actor.type == EntityType.PERSON && actor.nationality == null) {
                    for (String word : title.split("\\s+")) {
                        if (Demonyms.country(word) != null) {
                            actor.nationality = Demonyms.adjective(word);
                        }
                    }
                }
                seen(actor, sentence, index);
            }
            title = null;
            titleStart = -1;
            if (actor.type == EntityType.PERSON) {
                if (gender(text, actor)) {
                    lastFemale = actor;
                    lastMale = lastMale == actor ? null : lastMale;
                } else {
                    lastMale = actor;
                    lastFemale = lastFemale == actor ? null : lastFemale;
                }
                lastPerson = actor;
            }
            actor.lastSeen = index;
            String lower = text.toLowerCase(Locale.ROOT);
            spans.add(new Span(item.start() - offset, item.end() - offset, actor,
                    lower.equals("his") || lower.equals("her") || lower.equals("their")));
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        spans.stream().filter(sp -> sp.actor().type == EntityType.PERSON && !sp.actor().female).findFirst()
                .ifPresent(sp -> subjectMale = sp.actor());
        spans.stream().filter(sp -> sp.actor().type == EntityType.PERSON && sp.actor().female).findFirst()
                .ifPresent(sp -> subjectFemale = sp.actor());
        return spans;
    }

    /** Whether a fact's actors are of the kinds its pattern needs; a lone mediator's parties are sorted later. */
    private boolean fits(Patterns.Found found) {
        if (found.loneMediator()) {
            return true;
        }
        List<EntityType> types = new ArrayList<>();
        for (int i = 0; i < found.actors().size(); i++) {
            Actor a = actors.get(found.actors().get(i));
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
        return found.fits(types) && !(found.tie() == TieType.LOCATED_IN
                && actors.get(found.actors().get(0)).kind != null)
                && !(found.tie() == TieType.EMPLOYED_BY && found.detail() == null
                && "state".equals(actors.get(found.actors().get(1)).kind))
                // A person is a state's citizen, not its member.
                && !(found.tie() == TieType.MEMBER_OF && "state".equals(actors.get(found.actors().get(1)).kind));
    }

    /** Whether two or more of an acronym's letters start words of a name of two or more words ("PKK", "HTS"). */
    private static boolean initials(String name, String acronym) {
        String[] words = name.split("[\\s-]+");
        Set<Character> starts = new java.util.HashSet<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                starts.add(Character.toUpperCase(w.charAt(0)));
            }
        }
        return words.length >= 2 && acronym.chars().distinct().filter(c -> starts.contains((char) c)).count() >= 2;
    }

    private static String nationalityIn(String title) {
        for (String word : title.split("\\s+")) {
            if (Demonyms.country(word) != null) {
                return word;
            }
        }
        return null;
    }

    private static boolean adjacent(Item a, Item b) {
        return b.start() - a.end() <= 1;
    }

    /** Notes the sentence that first names an actor. */
    private static void seen(Actor actor, CoreSentence sentence, int index) {
        if (actor.type == EntityType.PLACE && !PlaceUse.dateline(sentence.text()) && actor.placeSentences.add(index)) {
            actor.names.stream().filter(n -> PlaceUse.names(sentence.text(), n)).findFirst().ifPresent(n -> {
                boolean acts = PlaceUse.acting(sentence.text(), n);
                actor.acting += acts ? 1 : 0;
                actor.located += acts ? 0 : 1;
            });
        }
        if (actor.firstSentence < 0) {
            actor.firstSentence = index;
            actor.firstQuote = sentence.text().length() <= QUOTE_MAX ? sentence.text()
                    : sentence.text().substring(0, QUOTE_MAX) + "…";
        }
    }

    /**
     * The person a description stands for: "the Russian president", "the Belarusian leader", "the strongman".
     * Only after "the"; the person last named with a title that fits and no other nationality.
     */
    private Actor described(String text, int titleStart, String title) {
        String before = text.substring(0, Math.max(0, titleStart)).toLowerCase(Locale.ROOT);
        if (!before.endsWith("the ")) {
            return null;
        }
        String nationality = null;
        List<String> words = new ArrayList<>();
        for (String word : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Demonyms.country(word) != null) {
                nationality = Demonyms.adjective(word);
            } else {
                words.add(word);
            }
        }
        // A specific title ("president") must be the person's; a general one ("leader") fits any head of state.
        boolean general = words.stream().allMatch(GENERAL_LEADER::contains);
        Actor best = null;
        for (Actor a : actors) {
            if (a.type != EntityType.PERSON || a.description == null || a.lastSeen < 0) {
                continue;
            }
            String has = a.description.toLowerCase(Locale.ROOT);
            // A vice president, a deputy or a former one is not "the president".
            boolean lesser = has.matches(".*\\b(?:vice|deputy|former|ex)\\b.*")
                    && words.stream().noneMatch(w -> w.matches("vice|deputy|former|ex"));
            boolean fits = !lesser && (words.stream().allMatch(w -> has.matches(".*\\b" + Pattern.quote(w) + "\\b.*"))
                    || general && HEAD_OF_STATE.stream().anyMatch(t -> has.matches(".*\\b" + t + "\\b.*")));
            boolean sameCountry = nationality == null || a.nationality == null
                    || Demonyms.same(nationality, a.nationality);
            boolean better = best == null || a.lastSeen > best.lastSeen && (best.nationality == null
                    || a.nationality != null) || nationality != null && a.nationality != null && best.nationality == null;
            if (fits && sameCountry && better) {
                best = a;
            }
        }
        return best;
    }

    /**
     * The full name of a relative named by a given name only: "Tikhanovskaya's husband Sergei" is Sergei
     * Tikhanovsky, the surname in the form for a man.
     */
    private static String relativeName(String text, List<Span> spans, int start, String given) {
        if (spans.isEmpty()) {
            return given;
        }
        Span last = spans.get(spans.size() - 1);
        if (last.actor().type != EntityType.PERSON || !last.actor().name.contains(" ") || last.end() > start) {
            return given;
        }
        Matcher m = RELATIVE_BEFORE.matcher(text.substring(last.end(), start));
        if (!m.matches()) {
            return given;
        }
        boolean male = MALE_RELATIVES.contains(m.group(1).toLowerCase(Locale.ROOT));
        String surname = last.actor().name.substring(last.actor().name.lastIndexOf(' ') + 1);
        return given + " " + surnameFor(surname, last.actor().female, male);
    }

    /** A Slavic surname in the form for a man or a woman: Tikhanovskaya and Tikhanovsky, Petrova and Petrov. */
    static String surnameFor(String surname, boolean female, boolean male) {
        if (female && male) {
            for (String[] ending : SURNAME_FORMS) {
                if (surname.endsWith(ending[1])) {
                    return surname.substring(0, surname.length() - ending[1].length()) + ending[0];
                }
            }
        } else if (!female && !male) {
            for (String[] ending : SURNAME_FORMS) {
                if (MALE_ENDINGS_TO_CHANGE.contains(ending[0]) && surname.endsWith(ending[0])) {
                    return surname.substring(0, surname.length() - ending[0].length()) + ending[1];
                }
            }
        }
        return surname;
    }

    /** The nationality of the person a word names ("" if unknown), or null if it names no person of the article. */
    private String nationalityOf(String word) {
        Actor a = person(word);
        return a == null ? null : a.nationality == null ? "" : a.nationality;
    }

    /** The person of the article a name or surname names, if any; never a new one. */
    private Actor person(String name) {
        String key = NameKeys.key(name);
        String word = name.toLowerCase(Locale.ROOT);
        for (Actor a : actors) {
            if (a.type == EntityType.PERSON && (a.names.stream().anyMatch(n -> NameKeys.key(n).equals(key))
                    || !name.contains(" ") && a.name.contains(" ") && a.surname().equals(word))) {
                return a;
            }
        }
        return null;
    }

    /** Whether a person is a woman, as far as the pronouns and the name tell. */
    private static boolean gender(String mention, Actor actor) {
        if (FEMALE.contains(mention.toLowerCase(Locale.ROOT))) {
            actor.female = true;
        } else if (!MALE.contains(mention.toLowerCase(Locale.ROOT)) && !actor.female) {
            // Women's surnames end in -ova, -eva, -ina, -aya, -ska in the Slavic languages, and most women's given
            // names in -a; a man's surname may too (Lukashenka), and so may a few men's given names.
            String[] words = actor.name.toLowerCase(Locale.ROOT).split("\\s+");
            String given = words.length > 1 ? words[0] : "";
            actor.surnameSays = actor.surname().matches(".*(ova|eva|ina|aya|ska)$");
            actor.female = actor.surnameSays || given.endsWith("a") && !MALE_GIVEN_IN_A.contains(given);
        }
        return actor.female;
    }

    /** The actor {@code name} names: the same name, or a person named in full whose surname or given name it is. */
    private Actor actor(EntityType type, String name) {
        if (type == EntityType.PERSON) {
            // "Sheikh Mohammed Al Thani", "Ayatollah Ali Khamenei": the person, not the honorific.
            String bare = HONORIFIC.matcher(name).replaceFirst("");
            name = bare.isBlank() ? name : bare;
        }
        String key = NameKeys.key(name);
        for (Actor a : actors) {
            if (a.type == type && a.names.stream().anyMatch(n -> NameKeys.key(n).equals(key))) {
                return a;
            }
        }
        if (type == EntityType.ORGANIZATION) {
            // "the Kalinowski regiment" after "the Kastous-Kalinowski regiment"; "EU" after "European Union".
            String lower = name.toLowerCase(Locale.ROOT);
            // "U.N." is UN.
            String bare = name.replace(".", "");
            for (Actor a : actors) {
                String has = a.name.toLowerCase(Locale.ROOT);
                String hasBare = a.name.replace(".", "");
                if (a.type == type && (name.contains(" ") && (has.endsWith(" " + lower) || has.endsWith("-" + lower))
                        || bare.matches("\\p{Lu}{2,6}") && bare.equals(initials(a.name))
                        || hasBare.matches("\\p{Lu}{2,6}") && hasBare.equals(initials(name)))) {
                    a.names.add(name);
                    return a;
                }
            }
        }
        if (type == EntityType.PERSON && !name.contains(" ")) {
            String word = name.toLowerCase(Locale.ROOT);
            for (Actor a : actors) {
                // "Burhan" after "Abdel Fattah al-Burhan".
                if (a.type == type && a.name.contains(" ") && (a.surname().equals(word)
                        || SURNAME_ARTICLE.matcher(a.surname()).replaceFirst("").equals(word)
                        || a.name.toLowerCase(Locale.ROOT).startsWith(word + " "))) {
                    a.names.add(name);
                    return a;
                }
            }
        }
        Actor a = new Actor(actors.size(), type, name);
        actors.add(a);
        return a;
    }

    /** The capitals of a name's words: "European Union" is EU, "Organization of American States" is OAS. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** The sentence with each actor replaced by its placeholder; a possessive stays after it. */
    private static String template(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            out.append(text, at, span.start()).append("[E").append(span.actor().index).append(']');
            if (span.possessive()) {
                // "her husband" reads as "[E2]'s husband", as a named possessive would.
                out.append("'s");
            }
            at = span.end();
        }
        out.append(text.substring(Math.min(at, text.length())));
        return out.toString().replace('’', '\'').replace('“', '"').replace('”', '"');
    }

    /** A text with its placeholders back as the names of their actors. */
    private String names(String text) {
        return Patterns.PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                actors.get(Integer.parseInt(m.group(1))).name)).replaceAll("\\s+", " ").strip();
    }

    /** A date the sentence gives (normalized against the article's), or the article's. */
    private static String sentenceDate(CoreSentence sentence, String articleDate) {
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (m.entityType().equals("DATE")) {
                String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (normalized != null && normalized.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    return normalized;
                }
            }
        }
        return articleDate;
    }

    private static String title(Patterns.Found found, List<Actor> who) {
        List<String> names = who.stream().map(a -> a.name).toList();
        return switch (found.event()) {
            case MEDIATION -> names.get(0) + " mediates" + (names.size() > 2 ? " between " + names.get(1) + " and "
                    + names.get(2) : names.size() > 1 ? " with " + names.get(1) : "");
            // With no actor appealed to, the detail says whom and what: "students to return to lectures".
            case APPEAL -> names.size() == 1 ? names.get(0) + " calls on " + found.detail()
                    : names.get(0) + " calls on " + names.get(1) + (found.detail() == null ? "" : " to " + found.detail());
            default -> found.event().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + String.join(", ", names);
        };
    }

    private static EntityType type(String nerType) {
        return switch (nerType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION" -> EntityType.PLACE;
            default -> null;
        };
    }

    private static boolean pronoun(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return MALE.contains(t) || FEMALE.contains(t) || t.equals("they") || t.equals("them") || t.equals("their");
    }

    /** A name without its possessive, a leading "the", or stray quotes. */
    private static String clean(String text) {
        String t = POSSESSIVE.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("").replaceAll("^the\\s+", "")
                .replaceAll("[\"“”]", "").replaceAll("(?<=\\S) party$", "")
                .replaceAll("^(?:pro|anti)-\\p{L}+ (?=\\p{Lu})", "").strip();
        return t.isEmpty() ? text.strip() : t;
    }
}
