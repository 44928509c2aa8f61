package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.TieType;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;
import org.influencegraph.resolve.PlaceUse;

/**
 * Who an article's sentences name, kept across the article: the actors with every name they went by, and what a
 * surname, a possessive, a pronoun or a description ("the Russian president") stands for. Each sentence gives its
 * actors as {@link Span}s, in order; the ties a sentence states by naming an actor ("the Lukashenko regime") wait
 * in {@link #takeRelated()}.
 */
final class ActorTracker {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_GIVEN_IN_A = Set.of(
            "nikita", "ilya", "sasha", "misha", "kostya", "luca", "andrea", "joshua", "elijah", "ezra", "mustafa",
            "musa", "isa", "hamza", "oleksa", "foma", "kuzma");
    private static final Set<String> GENERAL_LEADER = Set.of("leader", "strongman", "dictator", "ruler", "autocrat");
    private static final Set<String> HEAD_OF_STATE = Set.of(
            "president",
            "prime minister",
            "premier",
            "chancellor",
            "king",
            "queen",
            "emir",
            "leader",
            "strongman",
            "dictator",
            "ruler",
            "autocrat");
    /** Titles that say whom a person serves: the state's leader, or one of its ministers and envoys. */
    private static final Pattern STATE_TITLE = Pattern.compile("(?i)president|leader|prime minister|premier|"
            + "chancellor|king|queen|emir|dictator|strongman|ruler|(?:[\\w-]+ ){0,2}(?:minister|secretary|ambassador|"
            + "envoy)|secretary of state");
    /** Directions that a named-entity model takes for places. */
    private static final Set<String> PLACE_WORDS = Set.of("west", "east", "north", "south", "western", "eastern");
    /** Words for a relative, and whether the relative is a man: {@code extract/vocab/relatives.txt}. */
    private static final Map<String, String> RELATIVES = Vocab.pairs("relatives.txt", List.of("male", "female"));

    private static final Pattern RELATIVE_BEFORE =
            Pattern.compile("(?:['’]s)? (?:[\\w-]+ )?(" + Vocab.alternation(List.copyOf(RELATIVES.keySet())) + "),? ");
    /** A man's and a woman's ending of one Slavic surname. */
    private static final String[][] SURNAME_FORMS = {
        {"sky", "skaya"},
        {"ski", "ska"},
        {"skiy", "skaya"},
        {"ov", "ova"},
        {"ev", "eva"},
        {"in", "ina"},
        {"ny", "naya"},
        {"y", "aya"}
    };
    /** The men's endings that are Slavic enough to change for a woman: not -in (Austin) or -ry (Kerry). */
    private static final Set<String> MALE_ENDINGS_TO_CHANGE = Set.of("sky", "ski", "skiy", "ov", "ev", "ny");

    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d]{1,7})\\)");
    /** "the Kurdistan Workers' Party, or PKK,": another name when the letters are the name's initials. */
    private static final Pattern ACRONYM_OR = Pattern.compile(", or (\\p{Lu}[\\p{Lu}\\d]{1,7})(?=[,.;)]|$)");

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    static final int QUOTE_MAX = 400;
    /** An honorific before a person's name: {@code extract/vocab/honorifics.txt}. */
    private static final Pattern HONORIFIC =
            Pattern.compile("^(?:" + Vocab.alternation(Vocab.words("honorifics.txt")) + ")\\s+(?=\\p{Lu})");
    /** What stands between a name and another name for the same: ", known as", " (better known as \"". */
    private static final Pattern KNOWN_AS =
            Pattern.compile(",? \\(?(?:better |also |widely |popularly |commonly )?" + "known as [\"“]?");
    /** The article before an Arabic surname: "Burhan" is "al-Burhan". */
    /** Surnames that Korean, Chinese and Vietnamese names put first (the linker's list). */
    private static final Set<String> SURNAME_FIRST = Set.copyOf(List.of(
            org.influencegraph.Resources.read("resolve/surname-first.txt").split("\\s+")));

    private static final Pattern SURNAME_ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|bin|ibn)-");
    /** The last word of a body's name, which a place's name does not end with. */
    private static final Pattern BODY_NAME = Pattern.compile("\\b(?:Centre|Center|Institute|Forum|Foundation|Council|"
            + "Committee|Commission|Party|Agency|University|Group|Ministry|Court|Assembly|Parliament|Service|"
            + "Movement|Organisation|Organization|Association|Fund|Bureau)$");

    /** A stretch of a sentence that names an actor. */
    record Span(int start, int end, Actor actor, boolean possessive) {}

    /** A tie a sentence states by naming an actor: "the Lukashenko regime", "the Russian president". */
    record Related(Actor from, TieType type, Actor to, String rule) {}

    private final List<Actor> actors = new ArrayList<>();
    private final List<Related> related = new ArrayList<>();
    /** Every naming of a person, in the article's order: what "both men" and "the two leaders" stand for. */
    private final List<PersonSeen> people = new ArrayList<>();

    /** A naming of a person; {@code named}: by a name, not a pronoun or a description ("the president"). */
    private record PersonSeen(Actor actor, int at, boolean named) {}

    /** What follows a person's name before a title that describes them: ", the ", ", Cambodia's ". */
    private static final Pattern APPOSITIVE_TITLE = Pattern.compile(
            "^, (?:the |an? |(?:\\p{Lu}[\\p{L}.-]*\\s?){1,3}['’]s )?(?:\\d+-year-old |veteran |long-serving )?$");
    /** A state named after a title: "the emir of Kuwait", "president of France". */
    private static final Pattern TITLE_OF = Pattern.compile(" of (?:the )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2})");
    /** The nationality the article speaks of most: "the opposition" is that country's. */
    private String dominant;
    /** A common noun for the police: "officers", "police", "policemen". */
    private static final Pattern POLICE_WORD = Pattern.compile("(?i)officer|police|policeman|policewoman");
    /** A police force's name, which "Police" alone is not ({@link SentenceMatcher}). */
    private static final Pattern POLICE_NAME = Pattern.compile("(?i)\\S\\s+police\\b|\\bpolice\\s+\\S");
    /** The last sentence's spans of descriptions that more than one person fits. */
    private final Set<Span> guessed = new java.util.HashSet<>();
    /** Whether the last description read ({@link #described}) fitted more than one person. */
    private boolean describedGuess;
    /** How many role fillers were descriptions that more than one person fits ({@link #describedWord}). */
    private int guesses;
    /** The keys of the states the article names anywhere. */
    private final Set<String> statesNamed;

    private Actor lastMale;
    private Actor lastFemale;
    private Actor lastPerson;
    /** The first person of the last sentence that named one, of each gender. */
    private Actor subjectMale;

    private Actor subjectFemale;

    /** CoreNLP's chains where the pipeline resolved them (a benchmark only), else null. */
    private final Coreference coreference;

    /** Starts on an article: its people named in full, and the nationality it speaks of most. */
    ActorTracker(CoreDocument document) {
        coreference = Coreference.of(document);
        fullNames(document);
        dominant = dominantNationality(document);
        statesNamed = statesNamed(document);
    }

    /** The actor of that index. */
    Actor get(int index) {
        return actors.get(index);
    }

    /** Every actor of the article so far, in the order they were met. */
    List<Actor> all() {
        return actors;
    }

    /** The ties the sentences read since the last call stated by naming an actor; forgotten once taken. */
    List<Related> takeRelated() {
        List<Related> out = List.copyOf(related);
        related.clear();
        return out;
    }

    /** A sentence as a fact quotes it: cut at {@value #QUOTE_MAX} characters. */
    static String quote(String text) {
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX) + "…";
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
    private record Item(int start, int end, String kind, String text, Mentions.Mention found) {}

    /** The actors a sentence names, in order, pronouns, possessives and descriptions taken to whom they stand for. */
    List<Span> spans(CoreSentence sentence, int index) {
        guessed.clear();
        int offset = sentence.charOffsets().first();
        String sentenceText = sentence.text();
        List<Item> items = new ArrayList<>();
        List<Mentions.Mention> found = Mentions.find(sentenceText, dominant, this::nationalityOf);
        for (Mentions.Mention m : found) {
            if ("leader".equals(m.kind())
                    && described(sentenceText, m.start() + 4, m.name().substring(4)) != null) {
                // "the Polish prime minister" after Donald Tusk was named: the article's own person, read below.
                continue;
            }
            boolean inside = items.stream().anyMatch(i -> i.start() - offset < m.end() && m.start() < i.end() - offset);
            if (!inside) {
                items.add(
                        new Item(m.start() + offset, m.end() + offset, m.type().name(), m.alias(), m));
            }
        }
        for (CoreEntityMention m : sentence.entityMentions()) {
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            boolean taken = items.stream().anyMatch(i -> i.found() != null && i.start() < end && start < i.end());
            if (!taken) {
                // "the Gulf Dialogue Centre", "Tbilisi City Court": a body the model took for a place.
                String ner = type(m.entityType()) == EntityType.PLACE
                                && BODY_NAME.matcher(m.text()).find()
                        ? "ORGANIZATION"
                        : m.entityType();
                items.add(new Item(start, end, ner, m.text(), null));
            }
        }
        for (Actor a : actors) {
            // An organization or a person named before, which the model does not tag this time.
            boolean person = a.type == EntityType.PERSON
                    && a.name.contains(" ")
                    && a.surname().length() > 3;
            if (!person && (a.type != EntityType.ORGANIZATION || a.name.length() < 4 || a.firstSentence < 0)) {
                continue;
            }
            if (a.again == null) {
                String first = a.name.substring(0, a.name.indexOf(' ') + 1).strip();
                // "Moon" after "Moon Jae-in": a Korean, Chinese or Vietnamese surname comes first.
                String surname = SURNAME_FIRST.contains(first.toLowerCase(Locale.ROOT))
                        ? first
                        : a.name.substring(a.name.lastIndexOf(' ') + 1);
                a.again = Pattern.compile("\\b" + Pattern.quote(person ? surname : a.name) + "\\b");
            }
            Matcher m = a.again.matcher(sentenceText);
            while (m.find()) {
                int start = m.start() + offset;
                int end = m.end() + offset;
                if (items.stream().noneMatch(i -> i.start() < end && start < i.end())) {
                    items.add(new Item(
                            start, end, person ? "PERSON" : "ORGANIZATION", person ? m.group() : a.name, null));
                }
            }
        }
        for (CoreLabel token : sentence.tokens()) {
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean covered =
                    items.stream().anyMatch(i -> i.start() <= token.beginPosition() && token.endPosition() <= i.end());
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
                if (kind.equals("NATIONALITY")
                        && next != null
                        && next.kind().equals("TITLE")
                        && adjacent(item, next)
                        && STATE_TITLE.matcher(next.text()).matches()
                        && n + 2 < items.size()
                        && items.get(n + 2).kind().equals("PERSON")
                        && adjacent(next, items.get(n + 2))
                        && Demonyms.country(text) != null) {
                    // "Russian President Vladimir Putin", "Hungarian Foreign Minister Peter Szijjarto": the country is
                    // an
                    // actor, so that the title reads as a tie.
                    Actor country = actor(EntityType.ORGANIZATION, Demonyms.country(text));
                    country.kind = "state";
                    seen(country, sentence, index);
                    spans.add(new Span(item.start() - offset, item.end() - offset, country, false));
                }
                // "Alexander Stubb, the Finnish foreign minister": the title is the name's, no one else's.
                boolean appositive = kind.equals("TITLE")
                        && describeBefore(spans, sentenceText, titleStart - offset, item.end() - offset, title);
                if (kind.equals("TITLE")
                        && !appositive
                        && (next == null || !next.kind().equals("PERSON") || !adjacent(item, next))) {
                    // "the Belarusian leader": the person last named with that title and nationality.
                    Actor described = described(sentenceText, titleStart - offset, title);
                    if (described != null) {
                        int at = titleStart - offset;
                        spans.removeIf(sp -> sp.start() >= at);
                        int from = sentenceText.toLowerCase(Locale.ROOT).lastIndexOf("the ", at);
                        Span span = new Span(from, item.end() - offset, described, false);
                        spans.add(span);
                        if (describedGuess) {
                            // "the president" with two presidents named: a guess, whose facts are candidates.
                            guessed.add(span);
                        }
                        described.lastSeen = index;
                        String country = nationalityIn(title);
                        String titled = title.toLowerCase(Locale.ROOT);
                        // Only a person known to be of that country: "the Russian president" says who leads Russia.
                        if (country != null
                                && !describedGuess
                                && described.nationality != null
                                && Demonyms.same(country, described.nationality)
                                && !titled.matches(".*\\b(?:vice|deputy|former|ex)\\b.*")
                                && HEAD_OF_STATE.stream().anyMatch(t -> titled.matches(".*\\b" + t + "\\b.*"))) {
                            // "the Russian president" says who leads Russia.
                            Actor state = actor(EntityType.ORGANIZATION, Demonyms.country(country));
                            state.kind = "state";
                            seen(state, sentence, index);
                            related.add(new Related(described, TieType.LEADS, state, "actors.state-leader-described"));
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
                Actor chained = coreference == null ? null : chainedPerson(index, item.start());
                if (chained != null) {
                    actor = chained;
                } else if (p.equals("he") || p.equals("she") || opens && (p.equals("his") || p.equals("her"))) {
                    // "He" and "she" are subjects, and most often stand for the subject before: the first man (or
                    // woman) of this sentence, else of the last sentence that named one. "Orban met Trump. Then he
                    // visited Kyiv" is Orban. So is a "his" that opens a sentence: "His adviser said".
                    boolean female = FEMALE.contains(p);
                    Actor subject = spans.stream()
                            .map(Span::actor)
                            .filter(a -> a.type == EntityType.PERSON && a.female == female)
                            .findFirst()
                            .orElse(female ? subjectFemale : subjectMale);
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
                // A body described ("the Security Council") is named by its words without the article.
                boolean described = "described".equals(m.kind());
                actor = actor(m.type(), described ? m.alias() : m.name());
                actor.names.add(described ? m.name() : m.alias());
                if (m.kind() != null) {
                    actor.kind = m.kind();
                }
                seen(actor, sentence, index);
                if ("leader".equals(m.kind())) {
                    // Whom "the Belarusian leader" names is the linker's to say: a mention, in no role.
                    title = null;
                    titleStart = -1;
                    continue;
                }
                Actor person = m.person() == null ? null : person(m.person());
                if (person != null) {
                    // "Uribe's party": the surname is the person's name here too.
                    if (!person.names.contains(m.person())) {
                        person.names.add(m.person());
                    }
                    related.add(
                            m.tie() == TieType.LEADS
                                    ? new Related(person, TieType.LEADS, actor, "mentions.named-for-person")
                                    : new Related(actor, m.tie(), person, "mentions.named-for-person"));
                }
            } else {
                EntityType type = type(kind);
                String name = clean(text);
                Actor person =
                        type == null || PLACE_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? null : person(name);
                if (person != null) {
                    // A person the model took for a place or an organization this once: "an adviser to Tikhanovskaya".
                    actor = person;
                    String key = NameKeys.key(name);
                    if (actor.names.stream()
                            .noneMatch(known -> NameKeys.key(known).equals(key))) {
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
                    if (last != null
                            && last.actor().type == type
                            && last.end() <= item.start() - offset
                            && KNOWN_AS.matcher(sentenceText.substring(last.end(), item.start() - offset))
                                    .matches()) {
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
                Matcher acronym = ACRONYM_AFTER
                        .matcher(sentenceText)
                        .region(Math.min(sentenceText.length(), item.end() - offset), sentenceText.length());
                if (actor.type == EntityType.ORGANIZATION && acronym.lookingAt()) {
                    // "Turkey's National Intelligence Organisation (MIT)": later, MIT is the same.
                    actor.names.add(acronym.group(1));
                } else if (actor.type == EntityType.ORGANIZATION
                        && acronym.usePattern(ACRONYM_OR).lookingAt()
                        && initials(name, acronym.group(1))) {
                    actor.names.add(acronym.group(1));
                }
                if (title != null
                        && item.start() - titleEnd > 1
                        && !(type(kind) == EntityType.PERSON
                                && sentenceText
                                        .substring(titleEnd - offset, item.start() - offset)
                                        .equals(", "))) {
                    // A title only describes the name right after it, or after a comma: "Cambodia's prime
                    // minister, Hun Manet".
                    title = null;
                }
                if (title != null && actor.type == EntityType.PERSON) {
                    actor.titled(title);
                }
                if (actor.type == EntityType.PERSON
                        && actor.nationality == null
                        && n >= 2
                        && title != null
                        && items.get(n - 2).kind().equals("COUNTRY")
                        && adjacent(items.get(n - 2), items.get(n - 1))) {
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
            spans.add(new Span(
                    item.start() - offset,
                    item.end() - offset,
                    actor,
                    lower.equals("his") || lower.equals("her") || lower.equals("their")));
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        for (Span sp : spans) {
            if (sp.actor().type == EntityType.PERSON) {
                String said = sentenceText.substring(sp.start(), Math.min(sp.end(), sentenceText.length()));
                people.add(new PersonSeen(
                        sp.actor(),
                        offset + sp.start(),
                        !pronoun(said) && !said.toLowerCase(Locale.ROOT).startsWith("the ")));
            }
        }
        spans.stream()
                .filter(sp -> sp.actor().type == EntityType.PERSON && !sp.actor().female)
                .findFirst()
                .ifPresent(sp -> subjectMale = sp.actor());
        spans.stream()
                .filter(sp -> sp.actor().type == EntityType.PERSON && sp.actor().female)
                .findFirst()
                .ifPresent(sp -> subjectFemale = sp.actor());
        return spans;
    }

    /**
     * The actor a word of the sentence names: the one whose mention covers it, else its appositive's or its
     * compound's ("the militant group Hamas"), else the state of a demonym ("Qatari-brokered"), added if
     * {@code create}.
     */
    Integer resolve(
            SemanticGraph graph,
            IndexedWord word,
            List<Span> spans,
            int offset,
            CoreSentence sentence,
            int index,
            boolean create) {
        Actor named = covering(word, spans, offset);
        if (named == null) {
            named = describedWord(graph, word, spans, offset);
        }
        if (named == null) {
            named = policeFor(graph, word);
        }
        // The reference list's capitals only where the word is no modifier: "the Sanaa talks" are held there.
        boolean modifier = false;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(word)) {
            modifier |= e.getRelation().toString().equals("compound");
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            // "his Iranian counterpart Hossein Amirabdollahian" comes as an unlabelled dependent.
            if (named == null
                    && (rel.equals("appos")
                            || rel.equals("compound")
                            || rel.startsWith("flat")
                            || rel.equals("dep") && e.getDependent().tag().startsWith("NNP"))) {
                named = covering(e.getDependent(), spans, offset);
                modifier = rel.equals("compound") && !word.tag().startsWith("NNP");
            }
        }
        String country = null;
        if (named != null) {
            // "between Washington and Havana": a capital in a role stands for its state, tagged as a place or,
            // as the model often does in that use, as an organization ("Abu Dhabi's mediation").
            country = named.type == EntityType.PERSON
                    ? null
                    : modifier ? Demonyms.seatOfFile(named.name) : Demonyms.stateOfSeat(named.name);
            if (country == null) {
                return named.index;
            }
        } else if (Demonyms.country(word.word()) != null
                && (word.tag().startsWith("JJ") || word.tag().startsWith("NNP"))) {
            country = Demonyms.country(word.word());
        } else if (!Demonyms.countryName(word.word()).equals(word.word())) {
            // "UAE-brokered": a short name of a state the model tagged with the word after it.
            country = Demonyms.countryName(word.word());
        }
        // Not added yet: a number no actor has, the same for the same word.
        return state(country, sentence, index, create, -1 - word.index());
    }

    /**
     * The place a word names where a rule wants a place: the actor itself (a capital stays a city), or for "the
     * Georgian capital" the state's capital, added if {@code create}; else as {@link #resolve}.
     */
    Integer place(
            SemanticGraph graph,
            IndexedWord word,
            List<Span> spans,
            int offset,
            CoreSentence sentence,
            int index,
            boolean create) {
        Actor named = covering(word, spans, offset);
        if (named != null && named.type == EntityType.ORGANIZATION) {
            // "flew to Manila" after "Manila and the rebels signed": the city, not the state it stood for.
            Integer city = seatCity(graph, word, sentence, index, create);
            if (city != null) {
                return city;
            }
        }
        if (named != null) {
            return named.index;
        }
        if ("capital".equalsIgnoreCase(word.lemma())) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
                String rel = e.getRelation().toString();
                if (!rel.equals("amod") && !rel.equals("nmod:poss") && !rel.equals("compound")) {
                    continue;
                }
                Actor state = covering(e.getDependent(), spans, offset);
                String capital = Demonyms.capitalOf(
                        state != null
                                ? state.name
                                : Demonyms.country(e.getDependent().word()));
                if (capital == null) {
                    continue;
                }
                for (Actor a : actors) {
                    if (a.type == EntityType.PLACE && NameKeys.key(a.name).equals(NameKeys.key(capital))) {
                        return a.index;
                    }
                }
                if (!create) {
                    return -1 - word.index();
                }
                Actor city = actor(EntityType.PLACE, capital);
                seen(city, sentence, index);
                return city.index;
            }
        }
        return resolve(graph, word, spans, offset, sentence, index, create);
    }

    /** The city a word names where its name stood for a state or a government; null if the word names none. */
    private Integer seatCity(SemanticGraph graph, IndexedWord word, CoreSentence sentence, int index, boolean create) {
        StringBuilder name = new StringBuilder();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("compound") || rel.startsWith("flat"))
                    && e.getDependent().index() < word.index()) {
                name.append(e.getDependent().word()).append(' ');
            }
        }
        String city = name.append(word.word()).toString();
        if (Demonyms.stateOfSeat(city) == null && !"CITY".equals(word.ner())) {
            return null;
        }
        for (Actor a : actors) {
            if (a.type == EntityType.PLACE && NameKeys.key(a.name).equals(NameKeys.key(city))) {
                return a.index;
            }
        }
        if (!create) {
            return -1 - word.index();
        }
        Actor place = actor(EntityType.PLACE, city);
        seen(place, sentence, index);
        return place.index;
    }

    /**
     * The people "both men", "the two leaders" or "both foreign ministers" stand for: the last two named before
     * {@code before} (a character offset) that fit the noun and fill no other role; fewer than two: none.
     */
    List<Integer> people(int before, String noun, java.util.Collection<Integer> taken) {
        List<Integer> found = new ArrayList<>();
        for (int i = people.size() - 1; i >= 0 && found.size() < 2; i--) {
            Actor a = people.get(i).actor();
            if (people.get(i).at() < before && !found.contains(a.index) && !taken.contains(a.index) && fits(a, noun)) {
                found.add(a.index);
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /**
     * The state of that name as an actor: the article's, or added if {@code create} (named by the sentence);
     * without {@code create}, a number no actor has. Null for no name.
     */
    Integer state(String country, CoreSentence sentence, int index, boolean create, int placeholder) {
        if (country == null) {
            return null;
        }
        for (Actor a : actors) {
            if (a.type == EntityType.ORGANIZATION && NameKeys.key(a.name).equals(NameKeys.key(country))) {
                return a.index;
            }
        }
        if (!create) {
            return placeholder;
        }
        Actor state = actor(EntityType.ORGANIZATION, country);
        state.kind = "state";
        seen(state, sentence, index);
        return state.index;
    }

    /** The state of the nationality the article speaks of most ("the government" is its), or null. */
    String ownState() {
        return dominant == null ? null : Demonyms.country(dominant);
    }

    /**
     * The actors a sentence's spans name only by a description that more than one person fits: a fact that names
     * them is a guess.
     */
    Set<Integer> guessedOnly(List<Span> spans) {
        Set<Integer> only = new java.util.HashSet<>();
        for (Span sp : guessed) {
            if (spans.stream().noneMatch(o -> o.actor() == sp.actor() && !guessed.contains(o))) {
                only.add(sp.actor().index);
            }
        }
        return only;
    }

    /** The states the article names, by a name or a demonym: more than one makes "the authorities" a guess. */
    Set<String> statesNamed() {
        return statesNamed;
    }

    private static Set<String> statesNamed(CoreDocument document) {
        Set<String> states = new java.util.HashSet<>();
        for (CoreEntityMention m : document.entityMentions()) {
            String country =
                    switch (m.entityType()) {
                        case "NATIONALITY" -> Demonyms.country(m.text());
                        case "COUNTRY" -> Demonyms.countryName(clean(m.text()));
                        default -> null;
                    };
            if (country != null) {
                states.add(NameKeys.key(country));
            }
        }
        return states;
    }

    /**
     * The person a pronoun stands for when the one it was first taken for fills another role of its fact ("Francis
     * had urged him": not Francis): the last person of its gender named by a name before {@code before} (a
     * description such as "the president" may have been taken for the wrong one), none of {@code taken}; or null.
     */
    Integer otherPerson(int before, boolean female, java.util.Collection<Integer> taken) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Actor a = people.get(i).actor();
            if (people.get(i).at() < before
                    && people.get(i).named()
                    && !taken.contains(a.index)
                    && a.female == female) {
                return a.index;
            }
        }
        return null;
    }

    /** A person's description from a noun the grammar read ("his counterparts, A and B"), if none yet. */
    void describe(int actor, String noun) {
        Actor a = get(actor);
        if (a != null && a.type == EntityType.PERSON && a.description == null) {
            a.titled(noun);
        }
    }

    /** Whether a person is one a noun may stand for: any man for "men", a head of state for "leaders". */
    private static boolean fits(Actor a, String noun) {
        String has = String.join("; ", a.titles);
        if (has.matches(".*\\bcounterparts?\\b.*") && !noun.equals("man") && !noun.equals("woman")) {
            // "his Armenian and Azerbaijani counterparts, A and B": of the rank of the one they meet.
            return true;
        }
        return switch (noun) {
            case "man" -> !a.female;
            case "woman" -> a.female;
            case "leader" -> HEAD_OF_STATE.stream().anyMatch(t -> has.matches(".*\\b" + t + "\\b.*"));
            case "minister", "president", "premier" -> has.matches(".*\\b" + noun + "\\b.*");
            default -> true;
        };
    }

    /**
     * A title after a person's name and a comma describes that person, if nothing did before: "Hun Sen,
     * Cambodia's former leader", "Alexander Stubb, the Finnish foreign minister".
     */
    private static boolean describeBefore(List<Span> spans, String text, int titleStart, int titleEnd, String title) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span sp = spans.get(i);
            if (sp.actor().type != EntityType.PERSON) {
                continue;
            }
            String between = sp.end() <= titleStart ? text.substring(sp.end(), titleStart) : "";
            if (!APPOSITIVE_TITLE.matcher(between).matches()) {
                return false;
            }
            Actor person = sp.actor();
            person.titled(title);
            String nationality = nationalityIn(title);
            String owner = between.replaceFirst("^, ", "").replaceFirst("['’]s $", "");
            Matcher of = TITLE_OF.matcher(text.substring(Math.min(titleEnd, text.length())));
            if (Demonyms.adjectiveOf(owner) == null && of.lookingAt()) {
                // "the emir of Kuwait": the state after the title is the owner's.
                owner = of.group(1);
            }
            if (person.nationality == null && nationality != null) {
                person.nationality = Demonyms.adjective(nationality);
            } else if (person.nationality == null && Demonyms.adjectiveOf(owner) != null) {
                person.nationality = Demonyms.adjectiveOf(owner);
            }
            return true;
        }
        return false;
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

    /** The actor itself, or for a capital its state if the article names it; null for any other place. */
    Actor stateOf(Actor actor) {
        if (actor.type != EntityType.PLACE) {
            return actor;
        }
        return existing(Demonyms.stateOfSeat(actor.name));
    }

    /** The organization of that name the article already has, or null. */
    Actor existing(String name) {
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

    private static String dominantNationality(CoreDocument document) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CoreEntityMention m : document.entityMentions()) {
            String adjective = m.entityType().equals("NATIONALITY") ? Demonyms.adjective(m.text()) : null;
            if (adjective != null) {
                counts.merge(adjective, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
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
        return words.length >= 2
                && acronym.chars()
                                .distinct()
                                .filter(c -> starts.contains((char) c))
                                .count()
                        >= 2;
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
    static void seen(Actor actor, CoreSentence sentence, int index) {
        if (actor.type == EntityType.PLACE && !PlaceUse.dateline(sentence.text()) && actor.placeSentences.add(index)) {
            actor.names.stream()
                    .filter(n -> PlaceUse.names(sentence.text(), n))
                    .findFirst()
                    .ifPresent(n -> {
                        boolean acts = PlaceUse.acting(sentence.text(), n);
                        if (acts) {
                            actor.actingQuotes.add(quote(sentence.text()));
                        }
                        actor.acting += acts ? 1 : 0;
                        actor.located += acts ? 0 : 1;
                    });
        }
        if (!actor.quotes.contains(quote(sentence.text()))) {
            actor.quotes.add(quote(sentence.text()));
        }
        if (actor.firstSentence < 0) {
            actor.firstSentence = index;
            actor.firstQuote = quote(sentence.text());
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
        return describedBy(nationality, words, words.stream().allMatch(GENERAL_LEADER::contains), null);
    }

    /**
     * The person a description's head noun and its words fit, of that nationality if one is given (null: any): the
     * last named with such a title; {@code general}: any head of state fits. Sets {@link #describedGuess} if more
     * than one person fits.
     */
    private Actor describedBy(String nationality, List<String> words, boolean general, String head) {
        // "the new premier", "the Norwegian special envoy": the head noun and its words, not the time they add.
        words.removeIf(w -> w.matches("new|incoming|outgoing|then"));
        Actor best = null;
        int fitting = 0;
        for (Actor a : actors) {
            if (a.type != EntityType.PERSON || a.titles.isEmpty() || a.lastSeen < 0) {
                continue;
            }
            boolean fits = a.titles.stream()
                    .anyMatch(has -> titleFits(has, words, general)
                            && (head == null || general || head(has).equals(head)));
            boolean sameCountry =
                    nationality == null || a.nationality == null || Demonyms.same(nationality, a.nationality);
            boolean better = best == null
                    || a.lastSeen > best.lastSeen && (best.nationality == null || a.nationality != null)
                    || nationality != null && a.nationality != null && best.nationality == null;
            if (fits && sameCountry) {
                fitting++;
                best = better ? a : best;
            }
        }
        describedGuess = fitting > 1;
        return best;
    }

    /**
     * The person a role's common noun describes with "the" ("the tycoon", "the Kuwaiti ruler", "the Norwegian special
     * envoy", "the head of state"): its lemma and its modifiers matched to the titles the article gave its people;
     * null if none fits. One chosen among several that fit counts as a guess ({@link #guesses}).
     */
    private Actor describedWord(SemanticGraph graph, IndexedWord word, List<Span> spans, int offset) {
        if (!"NN".equals(word.tag()) || word.lemma() == null || RoleFillers.bareState(word.lemma())) {
            return null;
        }
        boolean the = false;
        String nationality = null;
        List<String> words = new ArrayList<>(List.of(word.lemma().toLowerCase(Locale.ROOT)));
        boolean general = GENERAL_LEADER.contains(words.get(0));
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            IndexedWord w = e.getDependent();
            String lemma = w.lemma() == null ? w.word() : w.lemma().toLowerCase(Locale.ROOT);
            if (rel.equals("det")) {
                the |= lemma.equals("the");
            } else if ((rel.equals("amod") || rel.equals("compound")) && Demonyms.country(w.word()) != null) {
                nationality = Demonyms.adjective(w.word());
            } else if (rel.equals("amod") || rel.equals("compound")) {
                words.add(lemma);
            } else if (rel.equals("nmod:of") && words.get(0).equals("head") && lemma.matches("state|government")) {
                // "the head of state": any head of state.
                general = true;
                words.remove(0);
            }
        }
        if (!the || covering(word, spans, offset) != null) {
            return null;
        }
        Actor described = describedBy(nationality, words, general, words.isEmpty() ? null : words.get(0));
        guesses += described != null && describedGuess ? 1 : 0;
        return described;
    }

    /**
     * The police force the article named that a role's bare "officers" or "police" stands for ("officers arrested
     * him"); null if it named none. One chosen among several counts as a guess ({@link #guesses}).
     */
    private Actor policeFor(SemanticGraph graph, IndexedWord word) {
        if (word.lemma() == null
                || !word.tag().startsWith("NN")
                || !POLICE_WORD.matcher(word.lemma()).matches()) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("det") && !rel.equals("punct") && !rel.equals("nummod") && !rel.startsWith("acl")) {
                // "army officers", "officers of the border guard": not the police.
                return null;
            }
        }
        List<Actor> forces = actors.stream()
                .filter(a -> a.type == EntityType.ORGANIZATION
                        && POLICE_NAME.matcher(a.name).find())
                .toList();
        if (forces.isEmpty()) {
            return null;
        }
        guesses += RoleFillers.guess(forces) ? 1 : 0;
        return forces.stream()
                .max(java.util.Comparator.comparingInt(a -> a.lastSeen))
                .orElseThrow();
    }

    /** How many role fillers {@link #resolve} chose among several descriptions that fit: their facts are guesses. */
    int guesses() {
        return guesses;
    }

    /**
     * Titles a sentence's grammar gives a person by an appositive common noun: "Jimmy Lai, the pro-democracy media
     * tycoon", "Kuwait's emir, Sheikh Sabah"; with the nationality its modifier or owner says.
     */
    void appositives(SemanticGraph graph, List<Span> spans, int offset) {
        if (graph == null) {
            return;
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            if (!e.getRelation().toString().equals("appos")) {
                continue;
            }
            Actor person = covering(e.getGovernor(), spans, offset);
            IndexedWord noun = e.getDependent();
            if (person == null || person.type != EntityType.PERSON) {
                person = covering(e.getDependent(), spans, offset);
                noun = e.getGovernor();
            }
            if (person == null
                    || person.type != EntityType.PERSON
                    || !"NN".equals(noun.tag())
                    || noun.lemma() == null
                    || covering(noun, spans, offset) != null) {
                continue;
            }
            StringBuilder title = new StringBuilder();
            for (SemanticGraphEdge m : graph.outgoingEdgeIterable(noun)) {
                String rel = m.getRelation().toString();
                IndexedWord w = m.getDependent();
                Actor owner = covering(w, spans, offset);
                if ((rel.equals("amod") || rel.equals("compound")) && Demonyms.country(w.word()) != null) {
                    person.nationality = person.nationality == null ? Demonyms.adjective(w.word()) : person.nationality;
                } else if ((rel.equals("nmod:poss") || rel.equals("nmod:of"))
                        && owner != null
                        && "state".equals(owner.kind)
                        && person.nationality == null) {
                    person.nationality = Demonyms.adjectiveOf(owner.name);
                } else if ((rel.equals("amod") || rel.equals("compound")) && w.index() < noun.index()) {
                    title.append(w.word().toLowerCase(Locale.ROOT)).append(' ');
                }
            }
            person.titled(title.append(noun.lemma().toLowerCase(Locale.ROOT)).toString());
        }
    }

    /** A title's head noun: "secretary" of "assistant secretary of state", "envoy" of "special envoy". */
    private static String head(String title) {
        String noun = title.replaceFirst("\\s+of\\s.*$", "").strip();
        return noun.substring(noun.lastIndexOf(' ') + 1);
    }

    /** Whether one title a person was given fits a description's words: its own words, or any head of state's. */
    private static boolean titleFits(String has, List<String> words, boolean general) {
        // A vice president, a deputy or a former one is not "the president".
        boolean lesser = has.matches(".*\\b(?:vice|deputy|former|ex)\\b.*")
                && words.stream().noneMatch(w -> w.matches("vice|deputy|former|ex"));
        return !lesser
                && (words.stream().allMatch(w -> has.matches(".*\\b" + Pattern.quote(w) + "\\b.*"))
                        || general && HEAD_OF_STATE.stream().anyMatch(t -> has.matches(".*\\b" + t + "\\b.*")));
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
        boolean male = "male".equals(RELATIVES.get(m.group(1).toLowerCase(Locale.ROOT)));
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

    /** The person CoreNLP's chain of a pronoun names, if the article has that person. */
    private Actor chainedPerson(int sentence, int begin) {
        String name = coreference.named(sentence, begin);
        if (name == null) {
            return null;
        }
        String bare = HONORIFIC.matcher(clean(name)).replaceFirst("");
        Actor a = person(bare);
        if (a == null && bare.contains(" ")) {
            a = person(bare.substring(bare.lastIndexOf(' ') + 1));
        }
        return a;
    }

    /** The person of the article a name or surname names, if any; never a new one. */
    Actor person(String name) {
        String key = NameKeys.key(name);
        String word = name.toLowerCase(Locale.ROOT);
        for (Actor a : actors) {
            if (a.type == EntityType.PERSON
                    && (a.names.stream().anyMatch(n -> NameKeys.key(n).equals(key))
                            || !name.contains(" ")
                                    && a.name.contains(" ")
                                    && a.surname().equals(word))) {
                return a;
            }
        }
        return name.contains(" ") || name.length() < 5 ? null : soundsLike(word);
    }

    /**
     * The one person named in full whose surname sounds as this word does: "Tsikhanovskaya" after "Sviatlana
     * Tsikhanouskaya", the same name in another romanization. Two such people, or none: null.
     */
    private Actor soundsLike(String word) {
        Actor found = null;
        for (Actor a : actors) {
            if (a.type == EntityType.PERSON && a.name.contains(" ") && NameMatcher.soundAlike(word, a.surname())) {
                if (found != null && found != a) {
                    return null;
                }
                found = a;
            }
        }
        return found;
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
    Actor actor(EntityType type, String name) {
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
                if (a.type == type
                        && (name.contains(" ") && (has.endsWith(" " + lower) || has.endsWith("-" + lower))
                                || bare.matches("\\p{Lu}{2,6}") && bare.equals(initials(a.name))
                                || hasBare.matches("\\p{Lu}{2,6}") && hasBare.equals(initials(name)))) {
                    a.names.add(name);
                    longForm(a, name);
                    return a;
                }
            }
        }
        if (type == EntityType.PERSON && !name.contains(" ")) {
            String word = name.toLowerCase(Locale.ROOT);
            for (Actor a : actors) {
                // "Burhan" after "Abdel Fattah al-Burhan".
                if (a.type == type
                        && a.name.contains(" ")
                        && (a.surname().equals(word)
                                || SURNAME_ARTICLE
                                        .matcher(a.surname())
                                        .replaceFirst("")
                                        .equals(word)
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

    /**
     * An actor first named by its acronym ("WSJ" in a headline) takes the long form the article gives later ("The
     * Wall Street Journal"), so its node is named in full and the acronym stays one of its names.
     */
    private static void longForm(Actor a, String name) {
        String bare = a.name.replace(".", "");
        if (name.contains(" ") && bare.matches("\\p{Lu}{2,6}") && bare.equals(initials(name))) {
            a.name = name.replaceFirst("^(?i:the) ", "");
        }
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

    /** A text with its placeholders back as the names of their actors. */
    String names(String text) {
        return Patterns.PLACEHOLDER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(actors.get(Integer.parseInt(m.group(1))).name))
                .replaceAll("\\s+", " ")
                .strip();
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
        String t = POSSESSIVE
                .matcher(text.strip().replaceAll("\\s+", " "))
                .replaceAll("")
                .replaceAll("^the\\s+", "")
                .replaceAll("[\"“”]", "")
                .replaceAll("(?<=\\S) party$", "")
                .replaceAll("^(?:pro|anti)-\\p{L}+ (?=\\p{Lu})", "")
                .strip();
        return t.isEmpty() ? text.strip() : t;
    }
}
