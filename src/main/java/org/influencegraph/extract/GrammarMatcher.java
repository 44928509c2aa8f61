package org.influencegraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.Role;

/**
 * Applies the {@link RuleCatalog}'s rules to one sentence's dependency graph. The matches of a rule that share
 * its trigger word are one fact ("between Israel and Hamas" is one match per party); each named node is taken to
 * the actor whose mention covers it, or its appositive's ("the militant group Hamas"). A fact whose trigger is
 * negated ("did not meet") is dropped; one only intended or possible ("plans to meet", "could mediate"), or short
 * of the actors a role needs for a sure fact, is kept below the threshold, as a candidate.
 */
final class GrammarMatcher {

    /** Takes a word of the sentence to the index of the actor it names; {@code create}: a demonym may add its state. */
    interface Resolver {
        Integer actor(IndexedWord word, boolean create);

        /** The two sides the article last named together ("Saudi Arabia and Iran"), or an empty list. */
        List<Integer> pair();

        /**
         * The pairs the article named together before a word, the last first: this sentence's before the word
         * ("Saudi Arabia and Iran agreed after China mediated"), then the earlier sentences'.
         */
        default List<List<Integer>> pairs(IndexedWord before) {
            return pair().isEmpty() ? List.of() : List.of(pair());
        }

        /** The place a word names where a role wants a place: a capital stays a city. */
        default Integer place(IndexedWord word, boolean create) {
            return actor(word, create);
        }

        /**
         * The two people named before a word that a noun fits ("both men", "the two leaders"), none of them
         * {@code taken}; or an empty list.
         */
        default List<Integer> people(IndexedWord before, String noun, java.util.Collection<Integer> taken) {
            return List.of();
        }

        /**
         * What "the two sides", "both countries" name: of the pairs named before the word, the one named most
         * often, the last of those (an article about India and Pakistan that names China and Britain in passing).
         */
        default List<Integer> mainPair(IndexedWord before) {
            List<List<Integer>> pairs = pairs(before);
            return pairs.isEmpty() ? List.of() : pairs.get(0);
        }

        /**
         * Two people the article named together before a word, the last first ("Kibaki and Odinga signed"): the
         * sides of a mediation whose sentence names only its mediator, when the article names no two organizations;
         * often not the sides ("Faisal and Amir-Abdollahian shook hands"), so such a fact is only a candidate.
         */
        default List<List<Integer>> peoplePairs(IndexedWord before) {
            return List.of();
        }

        /** Notes what a noun said of a person the article had not described: "his counterparts, A and B". */
        default void describe(int actor, String noun) {}

        /**
         * Whom a pronoun stands for when the person it was taken for fills another role of its fact: the last
         * other person of its gender before it, none of {@code taken}; or null.
         */
        default Integer otherPerson(IndexedWord pronoun, boolean female, java.util.Collection<Integer> taken) {
            return null;
        }

        /** The state a bare "the government" or "the state" names: the one the article speaks of most; or null. */
        default Integer ownState(IndexedWord word, boolean create) {
            return null;
        }

        /**
         * How many fillers so far were guesses ({@link RoleFillers}): a fact that took one is only a candidate.
         */
        default int guesses() {
            return 0;
        }
    }

    /** What a fact short of sure is held at: below {@link ArticleExtractor#THRESHOLD}. */
    static final double CANDIDATE = 0.6;

    private final RuleCatalog catalog;
    private final Pattern negation;
    private final Pattern modal;
    private final Pattern intent;
    private final Pattern ofState;
    private final Pattern say;
    private final Pattern pairNoun;
    private final Pattern pairWord;
    private final Pattern members;
    private final Pattern peopleNoun;

    GrammarMatcher(RuleCatalog catalog) {
        this.catalog = catalog;
        this.negation = catalog.regex("NEGATION");
        this.modal = catalog.regex("MODAL");
        this.intent = catalog.regex("INTENT");
        this.ofState = catalog.regex("OF_STATE");
        this.say = catalog.regex("SAY");
        this.pairNoun = catalog.regex("PAIR_NOUN");
        this.pairWord = catalog.regex("PAIR_WORD");
        this.members = catalog.regex("MEMBERS");
        this.peopleNoun = catalog.regex("PEOPLE");
    }

    /** Every fact the rules find in a sentence, by the order of the catalog. */
    List<Patterns.Found> match(SemanticGraph graph, String sentenceText, int sentenceOffset, Resolver resolver) {
        List<Patterns.Found> found = new ArrayList<>();
        Set<Patterns.Found> fromPair = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (graph == null || graph.isEmpty()) {
            return found;
        }
        for (RuleCatalog.Rule rule : catalog.rules()) {
            Map<IndexedWord, Map<String, Set<IndexedWord>>> groups = new LinkedHashMap<>();
            Map<IndexedWord, IndexedWord> details = new LinkedHashMap<>();
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord anchor = rule.anchor() == null ? m.getMatch() : m.getNode(rule.anchor());
                Map<String, Set<IndexedWord>> group = groups.computeIfAbsent(anchor, k -> new LinkedHashMap<>());
                for (RuleCatalog.RoleSpec role : rule.roles()) {
                    IndexedWord node = m.getNode(role.node());
                    if (node != null) {
                        group.computeIfAbsent(role.node(), k -> new LinkedHashSet<>())
                                .add(node);
                    }
                }
                if (rule.detail() != null && m.getNode(rule.detail()) != null) {
                    details.putIfAbsent(anchor, m.getNode(rule.detail()));
                }
            }
            for (Map.Entry<IndexedWord, Map<String, Set<IndexedWord>>> group : groups.entrySet()) {
                IndexedWord anchor = group.getKey();
                if (governed(graph, anchor, negation)) {
                    continue;
                }
                int[] split = new int[2];
                Patterns.Found f = fact(rule, anchor, group.getValue(), graph, resolver, split);
                if (f == null) {
                    continue;
                }
                // What a clause only intends or supposes is the event's; a tie a noun phrase states holds ("sought an
                // order from the court in The Hague").
                if (rule.tie() == null
                        && (governed(graph, anchor, modal)
                                || governed(graph, anchor, intent)
                                || looseClause(graph, anchor))) {
                    f = f.withConfidence(Math.min(f.confidence(), CANDIDATE));
                }
                IndexedWord detail = details.get(anchor);
                if (detail != null) {
                    f = f.withDetail(
                            rule.tie() != null
                                    ? title(graph, detail, sentenceText, sentenceOffset)
                                    : words(graph, detail, sentenceText, sentenceOffset));
                }
                if (f.tie() == null
                        && split[1] - split[0] >= 2
                        && f.actors().size() > split[1] - split[0]
                        && separately(graph, anchor, group.getValue())) {
                    // "phoned Kagame and, separately, Tshisekedi", "met the two ministers separately": one
                    // event with each of the role's actors.
                    found.addAll(apart(f, split[0], split[1]));
                    continue;
                }
                found.add(f);
                if (rule.roles().stream().anyMatch(RuleCatalog.RoleSpec::pair)) {
                    fromPair.add(f);
                }
            }
        }
        // A mediator the sentence names with its own parties takes none from an earlier sentence: "brokered by
        // Qatar with the help of Egypt and the United States" is no mediation between Egypt and the US.
        found.removeIf(f -> fromPair.contains(f)
                && found.stream()
                        .anyMatch(g -> !fromPair.contains(g) && g.event() == f.event() && shareMediator(f, g)));
        return found;
    }

    private static boolean shareMediator(Patterns.Found a, Patterns.Found b) {
        for (int i = 0; i < a.actors().size(); i++) {
            for (int j = 0; j < b.actors().size(); j++) {
                if (a.roles().get(i) == Role.MEDIATOR
                        && b.roles().get(j) == Role.MEDIATOR
                        && a.actors().get(i).equals(b.actors().get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The fact of one group of matches, or null if a role that must be filled is not or too few actors are named. */
    private Patterns.Found fact(
            RuleCatalog.Rule rule,
            IndexedWord anchor,
            Map<String, Set<IndexedWord>> nodes,
            SemanticGraph graph,
            Resolver resolver,
            int[] split) {
        List<Integer> actors = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<EntityType> kinds = new ArrayList<>();
        boolean sure = true;
        boolean people = false;
        for (boolean create : new boolean[] {false, true}) {
            actors.clear();
            split[0] = 0;
            split[1] = 0;
            roles.clear();
            kinds.clear();
            sure = true;
            people = false;
            int guessed = resolver.guesses();
            for (RuleCatalog.RoleSpec role : rule.roles()) {
                int count = 0;
                if (rule.tie() != null) {
                    // A tie's end is one actor: the first its word names.
                    for (IndexedWord node : nodes.getOrDefault(role.node(), Set.of())) {
                        List<Integer> named = actors(node, graph, resolver, create, role.kind(), actors);
                        if (count == 0 && !named.isEmpty() && !actors.contains(named.get(0))) {
                            actors.add(named.get(0));
                            kinds.add(role.kind());
                            count++;
                        }
                    }
                    if (count == 0) {
                        return null;
                    }
                    continue;
                }
                if (role.pair()) {
                    // The last pair named before the trigger none of whose sides fills another role: "Egypt and
                    // Qatar carried the messages" takes the sides named before, not the mediators.
                    count += takePair(resolver.pairs(anchor), role, actors, roles, kinds);
                    if (count == 0) {
                        count += takePair(resolver.peoplePairs(anchor), role, actors, roles, kinds);
                        people |= count > 0;
                    }
                }
                int first = actors.size();
                for (IndexedWord node : nodes.getOrDefault(role.node(), Set.of())) {
                    if (objectElsewhere(graph, node, anchor)) {
                        continue;
                    }
                    for (Integer actor : actors(node, graph, resolver, create, role.kind(), actors)) {
                        if (!actors.contains(actor)) {
                            actors.add(actor);
                            roles.add(role.role());
                            kinds.add(role.kind());
                            count++;
                        }
                    }
                }
                if (actors.size() - first >= 2 && !role.pair()) {
                    split[0] = first;
                    split[1] = actors.size();
                }
                if (count == 0 && !role.optional()) {
                    return null;
                }
                sure &= count >= role.sure();
            }
            if (actors.size() < rule.min()) {
                return null;
            }
            sure &= resolver.guesses() == guessed;
        }
        double confidence = sure && !people ? rule.confidence() : Math.min(rule.confidence(), CANDIDATE);
        return new Patterns.Found(rule.fact(), rule.tie(), actors, roles, null, confidence, kinds, false, rule.id());
    }

    /**
     * Whether "separately" modifies the trigger or one of the words that fill a role: "met the two ministers
     * separately", "spoke with Aliyev and, separately, with Pashinyan".
     */
    private static boolean separately(SemanticGraph graph, IndexedWord anchor, Map<String, Set<IndexedWord>> nodes) {
        Set<IndexedWord> words = new java.util.HashSet<>();
        words.add(anchor);
        nodes.values().forEach(words::addAll);
        for (IndexedWord w : words) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("advmod")
                        && lemma(e.getDependent()).equals("separately")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One fact for each actor of the span [from, to), each with the actors outside the span. */
    private static List<Patterns.Found> apart(Patterns.Found f, int from, int to) {
        List<Patterns.Found> each = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Integer> actors = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            List<EntityType> kinds = new ArrayList<>();
            for (int j = 0; j < f.actors().size(); j++) {
                if (j == i || j < from || j >= to) {
                    actors.add(f.actors().get(j));
                    roles.add(f.roles().get(j));
                    kinds.add(f.kinds().get(j));
                }
            }
            each.add(new Patterns.Found(
                    f.event(), f.tie(), actors, roles, f.detail(), f.confidence(), kinds, f.loneMediator(), f.rule()));
        }
        return each;
    }

    /** Takes the first of the pairs none of whose sides fills a role already; the number of actors taken. */
    private static int takePair(
            List<List<Integer>> pairs,
            RuleCatalog.RoleSpec role,
            List<Integer> actors,
            List<Role> roles,
            List<EntityType> kinds) {
        for (List<Integer> pair : pairs) {
            if (pair.stream().noneMatch(actors::contains)) {
                for (Integer actor : pair) {
                    actors.add(actor);
                    roles.add(role.role());
                    kinds.add(role.kind());
                }
                return pair.size();
            }
        }
        return 0;
    }

    /**
     * Whether the trigger heads a clause with no "that" under a verb that reports nothing: "Macron phoned Putin
     * and Scholz met Zelensky" parsed as what Macron phoned, which makes Putin one who met.
     */
    private boolean looseClause(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(word)) {
            if (e.getRelation().toString().equals("ccomp")
                    && !say.matcher(lemma(e.getGovernor())).matches()) {
                for (SemanticGraphEdge child : graph.outgoingEdgeIterable(word)) {
                    if (child.getRelation().toString().equals("mark")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word before the trigger is the object of another verb, which the parser also made the trigger's
     * subject: "Macron phoned Putin and Scholz met Zelensky" is no meeting of Putin's.
     */
    private static boolean objectElsewhere(SemanticGraph graph, IndexedWord node, IndexedWord anchor) {
        if (node.index() > anchor.index()) {
            return false;
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("obj") && !e.getGovernor().equals(anchor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors a role's word names: its own, or for a word of a state's people ("Saudi and Iranian officials",
     * "U.S. negotiators", "the Omani capital") the states its modifiers name.
     */
    private List<Integer> actors(
            IndexedWord node,
            SemanticGraph graph,
            Resolver resolver,
            boolean create,
            EntityType kind,
            List<Integer> taken) {
        List<Integer> listed = appositives(node, graph, resolver, create);
        if (listed.size() >= 2) {
            return listed;
        }
        Integer actor = kind == EntityType.PLACE ? resolver.place(node, create) : resolver.actor(node, create);
        String word = node.word().toLowerCase(java.util.Locale.ROOT);
        if (actor != null && taken.contains(actor) && OBJECT_PRONOUNS.contains(word)) {
            // "Francis had urged him": an object pronoun is not its own clause's subject.
            Integer other = resolver.otherPerson(node, word.equals("her"), taken);
            return other == null ? List.of() : List.of(other);
        }
        if (actor != null) {
            return List.of(actor);
        }
        if (kind != EntityType.PLACE && theSides(graph, node)) {
            // "called on both to", "urged the parties to": the two the article named together; "both" alone
            // may be two people ("Maduro and Torrealba ... called on both").
            List<Integer> pair = resolver.mainPair(node);
            List<List<Integer>> people = lemma(node).equals("both") ? resolver.peoplePairs(node) : List.of();
            return !pair.isEmpty() || people.isEmpty() ? pair : people.get(0);
        }
        // "called on all Indonesians", "urged Kenyans": a state's people, as the one appealed to, are the state.
        if ("NNPS".equals(node.tag()) && node.word().endsWith("s") && Demonyms.country(node.word()) == null) {
            edu.stanford.nlp.ling.CoreLabel one = new edu.stanford.nlp.ling.CoreLabel(node.backingLabel());
            one.setWord(node.word().substring(0, node.word().length() - 1));
            one.setValue(one.word());
            Integer state = Demonyms.country(one.word()) == null ? null : resolver.actor(new IndexedWord(one), create);
            if (state != null) {
                return List.of(state);
            }
        }
        // "Babariko, who was a candidate, was arrested", parsed with the pronoun as the subject: the pronoun
        // stands for the noun its clause hangs from.
        if ("WP".equals(node.tag())) {
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                for (SemanticGraphEdge up : graph.incomingEdgeIterable(e.getGovernor())) {
                    String relation = up.getRelation().toString();
                    Integer named = relation.equals("acl:relcl") || relation.equals("dep")
                            ? resolver.actor(up.getGovernor(), create)
                            : null;
                    if (named != null) {
                        return List.of(named);
                    }
                }
            }
        }
        // "Martti Ahtisaari, the former president who mediated the talks": the relative clause's subject is the
        // appositive; the actor is the name it stands beside.
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("appos")) {
                Integer named = resolver.actor(e.getGovernor(), create);
                if (named != null) {
                    return List.of(named);
                }
            }
        }
        boolean paired = false;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            paired |= pairWord.matcher(lemma(e.getDependent())).matches();
        }
        if (paired && kind != EntityType.PLACE && pairNoun.matcher(lemma(node)).matches()) {
            // Not "visited both capitals": the pair is the two sides, not the places visited.
            // "the two sides", "both governments": the two the article last named together.
            return resolver.mainPair(node);
        }
        if (paired && peopleNoun.matcher(lemma(node)).matches()) {
            // "both men", "the two leaders": the last two people named that the noun fits.
            return resolver.people(node, lemma(node), taken);
        }
        boolean plural = node.tag() != null && node.tag().equals("NNS");
        List<Integer> states = new ArrayList<>();
        if (ofState.matcher(lemma(node)).matches()
                || plural && members.matcher(lemma(node)).matches()) {
            // "Saudi officials": their state; "EU foreign ministers", "commanders from both sides": their body
            // or their states.
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                boolean modifier = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss");
                boolean of = plural && (rel.equals("nmod:of") || rel.equals("nmod:from"));
                if (modifier || of) {
                    for (Integer state : modifier
                            ? java.util.Collections.singletonList(resolver.actor(e.getDependent(), create))
                            : actors(e.getDependent(), graph, resolver, create, null, taken)) {
                        if (state != null && !states.contains(state)) {
                            states.add(state);
                        }
                    }
                }
            }
        }
        if (states.isEmpty() && kind != EntityType.PLACE && bareState(graph, node)) {
            // "asked the state to", "the authorities": the state the article speaks of most.
            Integer own = resolver.ownState(node, create);
            if (own != null) {
                states.add(own);
            }
        }
        return states;
    }

    /** Object pronouns, which a fact's other role cannot fill: "X urged him". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

    /**
     * Whether a word names the two sides with no noun of its own ("both" as "called on both") or as "the sides",
     * "the parties" with nothing else that says which.
     */
    private boolean theSides(SemanticGraph graph, IndexedWord node) {
        String lemma = lemma(node);
        if (lemma.equals("both") && !node.tag().startsWith("NN")) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                if (e.getDependent().tag().startsWith("NN")) {
                    return false;
                }
            }
            return true;
        }
        if (!"NNS".equals(node.tag()) || !(lemma.equals("side") || lemma.equals("party"))) {
            return false;
        }
        return onlyThe(graph, node);
    }

    /** Whether a noun stands bare for a state: "the state", "the government", "the authorities". */
    private static boolean bareState(SemanticGraph graph, IndexedWord node) {
        return RoleFillers.bareState(lemma(node)) && onlyThe(graph, node);
    }

    /** Whether a noun's only dependents are "the" and punctuation: "the parties", not "all parties" or "its parties". */
    private static boolean onlyThe(SemanticGraph graph, IndexedWord node) {
        boolean the = false;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("det") && lemma(e.getDependent()).equals("the")) {
                the = true;
            } else if (!rel.equals("punct")) {
                return false;
            }
        }
        return the;
    }

    /**
     * The people a plural noun's appositive names: "his Armenian and Azerbaijani counterparts, A and B" are A and B,
     * not A alone.
     */
    private static List<Integer> appositives(IndexedWord node, SemanticGraph graph, Resolver resolver, boolean create) {
        List<Integer> named = new ArrayList<>();
        if (node.tag() == null || !node.tag().equals("NNS")) {
            return named;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (!e.getRelation().toString().equals("appos")) {
                continue;
            }
            List<IndexedWord> words = new ArrayList<>(List.of(e.getDependent()));
            for (SemanticGraphEdge c : graph.outgoingEdgeIterable(e.getDependent())) {
                if (c.getRelation().toString().startsWith("conj")) {
                    words.add(c.getDependent());
                }
            }
            for (IndexedWord w : words) {
                Integer actor = resolver.actor(w, create);
                if (actor != null && !named.contains(actor)) {
                    named.add(actor);
                    resolver.describe(actor, lemma(node));
                }
            }
        }
        return named;
    }

    /**
     * Whether the word is negated, made modal or only intended by a word matching {@code words}: its own
     * "not", "never" or "will", or a verb it depends on ("refused to meet", "plans to meet").
     */
    private static boolean governed(SemanticGraph graph, IndexedWord word, Pattern words) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("advmod") || rel.equals("aux") || rel.startsWith("aux:"))
                    && words.matcher(lemma(e.getDependent())).matches()) {
                return true;
            }
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            // Not a name: "by May 1, when X takes office" is no "may". Not a relative clause, which tells of its
            // noun: "a phone call in which Erdogan pressed the Kremlin" is no call intended.
            if ((rel.equals("xcomp") || rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.equals("ccomp"))
                    && !e.getGovernor().tag().startsWith("NNP")
                    && words.matcher(lemma(e.getGovernor())).matches()) {
                return true;
            }
            // A noun's event is its verb's: "no need to organize a meeting between A and B" is no meeting.
            if (rel.equals("obj")
                    && word.tag().startsWith("NN")
                    && !e.getGovernor().equals(word)
                    && (words.matcher(lemma(e.getGovernor())).matches() || governed(graph, e.getGovernor(), words))) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return w.lemma() == null
                ? w.word().toLowerCase(java.util.Locale.ROOT)
                : w.lemma().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A title as the sentence writes it: the word and the words that make it one ("foreign minister", "national
     * security adviser", "son-in-law"), not its owner nor its articles.
     */
    private static String title(SemanticGraph graph, IndexedWord node, String text, int offset) {
        int start = node.beginPosition();
        int end = node.endPosition();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            IndexedWord w = e.getDependent();
            boolean part = rel.equals("amod")
                    || rel.equals("compound") && w.index() < node.index()
                    || rel.startsWith("nmod:in") && "law".equalsIgnoreCase(w.word());
            // Not the owner's demonym: "Hungarian Foreign Minister" is a foreign minister of Hungary's.
            if (part && Math.abs(w.index() - node.index()) <= 4 && Demonyms.country(w.word()) == null) {
                start = Math.min(start, w.beginPosition());
                end = Math.max(end, w.endPosition());
            }
        }
        start -= offset;
        end -= offset;
        return start < 0 || end > text.length() || start >= end
                ? node.word()
                : text.substring(start, end).replaceAll("\\s+", " ");
    }

    /**
     * The words a node heads, as the sentence writes them, without its subject and its markers: "called on X to
     * press Moscow for a ceasefire" keeps "press Moscow for a ceasefire".
     */
    private static String words(SemanticGraph graph, IndexedWord node, String text, int offset) {
        Set<IndexedWord> left = new java.util.HashSet<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("mark") || rel.equals("punct") || rel.equals("case")) {
                left.add(e.getDependent());
                left.addAll(graph.descendants(e.getDependent()));
            }
        }
        int start = node.beginPosition();
        int end = node.endPosition();
        for (IndexedWord w : graph.descendants(node)) {
            if (!left.contains(w) && w.index() >= node.index() - 8) {
                start = Math.min(start, w.beginPosition());
                end = Math.max(end, w.endPosition());
            }
        }
        start -= offset;
        end -= offset;
        return start < 0 || end > text.length() || start >= end ? node.word() : text.substring(start, end);
    }
}
