package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.influencegraph.Resources;
import org.influencegraph.graph.Field;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.StableIds;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;

/**
 * Links an article's mentions to what the whole graph knows before anything is created: a surname ("Lukashenko"),
 * an East Asian surname written first ("Xi"), a name without its middle names ("Tayyip Erdogan"), an acronym with
 * or without dots ("UN", "U.N."), a short form, a demonym or a state's name in another spelling ("Türkiye") links
 * to the one entity whose name or alias it is, whatever type the named-entity model gave it ("Wagner" tagged as a
 * person is Wagner Group); a capital named as an organization is its state. When several entities fit, what the
 * article names decides (an entity it also names, a country, the words of a role); otherwise the mention is held
 * for review as a candidate and no node is made for it. What the graph does not know yet but the reference list of
 * states and bodies does ({@link ReferenceList}) comes from the list, under its id.
 */
final class MentionLinker {

    /** What linking one batch of mentions found. */
    /**
     * {@code absorbed}: mentions linked to what they stand for under another name (a capital for its state, "Foreign
     * Ministry" for one country's): their names are not the entity's, so they are written as a mention of it only.
     */
    record Links(
            Map<String, String> linked,
            List<EntityRecord> references,
            Map<String, List<String>> held,
            Set<String> absorbed) {}

    /** An entity the graph holds that a mention may name. */
    private record Known(
            String id,
            String label,
            String kind,
            String country,
            String description,
            List<String> names,
            String capitalOf) {}

    private static final String CANDIDATES = Resources.read("cypher/resolve/mention-candidates.cypher");
    private static final String HOLD = Resources.read("cypher/resolve/hold-mentions.cypher");
    private static final String NAME = Resources.read("cypher/resolve/entity-by-id.cypher");
    private static final String FULLER = Resources.read("cypher/resolve/fuller-name.cypher");
    private static final String LEADERS = Resources.read("cypher/resolve/state-leaders.cypher");
    /** A term no index holds: a query that finds nothing. */
    private static final String NOTHING = "\"\u0001\"";
    /** Surnames that Chinese, Korean and Vietnamese names put first ("Xi Jinping" is Xi). */
    private static final Set<String> SURNAME_FIRST =
            Set.copyOf(List.of(Resources.read("resolve/surname-first.txt").split("\\s+")));

    /**
     * Words that name a body only with its country ("the Foreign Ministry", "the Defence Ministry"): such a name is
     * never linked by itself across articles, only as the ministry of the country its sentence names.
     */
    static final Set<String> GENERIC = Set.of(
            "ministry",
            "foreign",
            "defence",
            "defense",
            "interior",
            "justice",
            "finance",
            "economy",
            "health",
            "education",
            "affairs",
            "government",
            "council",
            "parliament",
            "army",
            "police",
            "court",
            "supreme",
            "constitutional",
            "security",
            "national",
            "central",
            "bank",
            "commission",
            "committee",
            "cabinet",
            "office",
            "presidency",
            "administration",
            "military",
            "navy",
            "forces",
            "armed",
            "service",
            "services",
            "intelligence",
            "prosecutor",
            "prosecutors",
            "department",
            "agency",
            "emergencies",
            "energy",
            "culture",
            "of",
            "the",
            "for",
            "and",
            "general",
            "staff",
            "guard",
            "border");
    /** What a ministry is called in full, from its short form: "Foreign Ministry" is the Ministry of Foreign Affairs. */
    private static final Map<String, String> MINISTRY = Map.of(
            "foreign", "Foreign Affairs", "defence", "Defence", "defense", "Defence", "interior", "Internal Affairs");

    private final Graph graph;
    private final ReferenceList reference = ReferenceList.get();

    MentionLinker(Graph graph) {
        this.graph = graph;
    }

    /** Whether a record is an article's mention (the extractor's), not a data set's statement. */
    static boolean isMention(EntityRecord e) {
        return e.mention() != null
                && e.mention().producer() != null
                && e.mention().producer().startsWith("extractor/");
    }

    /**
     * Links {@code mentions} (records no earlier rule matched); {@code linked} holds what the others of the batch
     * matched, {@code batch} every record of it (the articles' context).
     */
    Links link(List<EntityRecord> mentions, Map<String, String> linked, List<EntityRecord> batch) {
        Map<String, String> out = new HashMap<>();
        List<EntityRecord> references = new ArrayList<>();
        Map<String, List<String>> held = new LinkedHashMap<>();
        Set<String> absorbed = new HashSet<>();
        if (mentions.isEmpty()) {
            return new Links(out, references, held, absorbed);
        }
        Map<String, EntityRecord> byRef = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRecord e : mentions) {
            if (byRef.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            List<String> keys = NameKeys.keys(e.name(), e.aliases());
            Set<String> sounds = new LinkedHashSet<>();
            if (e.type() == EntityType.PERSON) {
                for (String name : names(e)) {
                    List<String> words = NameKeys.words(name);
                    if (!words.isEmpty()) {
                        sounds.addAll(NameMatcher.sounds(words.get(words.size() - 1)));
                        if (SURNAME_FIRST.contains(words.get(0))) {
                            sounds.addAll(NameMatcher.sounds(words.get(0)));
                        }
                    }
                }
            }
            rows.add(Map.of(
                    "ref",
                    e.id(),
                    "keys",
                    keys,
                    "keyQuery",
                    keys.isEmpty() ? NOTHING : quoted(keys),
                    "soundQuery",
                    sounds.isEmpty()
                            ? "sounds:" + NOTHING
                            : sounds.stream()
                                    .map(s -> "sounds:" + quoted(List.of(s)))
                                    .collect(Collectors.joining(" OR "))));
        }
        Map<String, Set<String>> countries = countries(batch);
        Set<String> named = new HashSet<>(linked.values());
        List<EntityRecord> namedAgain = new ArrayList<>();
        graph.read(CANDIDATES, Map.of("rows", rows), r -> {
            EntityRecord e = byRef.get(r.get("ref").asString());
            String source = e.mention().source();
            List<Known> exact = r.get("named").asList(MentionLinker::known);
            if ("capital".equals(e.kind())) {
                // "the Norwegian capital": Oslo, or Norway where the sentence has it act.
                ReferenceList.Entry capital = capitalNamed(e);
                if (capital == null) {
                    held.put(e.id(), List.of());
                } else {
                    ReferenceList.Entry state = reference.stateOfCapital(capital.id());
                    absorb(
                            e,
                            actingDescription(e) && state != null ? state.id() : capital.id(),
                            out,
                            references,
                            absorbed);
                }
                return null;
            }
            if (described(e, exact, out, references, absorbed)) {
                return null;
            }
            if (bothWays(e, exact, out, references, absorbed)) {
                return null;
            }
            Map.Entry<ReferenceList.Entry, String> ofState = exact.isEmpty() ? ofState(e) : null;
            if (ofState != null) {
                scoped(e, ofState.getKey(), ofState.getValue(), out, references, absorbed);
                return null;
            }
            if ("anaphor".equals(e.kind()) || "leader".equals(e.kind())) {
                // Read once every name of the batch is linked: what it names again may be a row still to come.
                namedAgain.add(e);
                return null;
            }
            if (generic(e)) {
                // The European Commission of the article, the UN Security Council, else the country's body.
                String inArticle = inArticle(e, batch, linked, out);
                List<String> bodies = exact.stream()
                        .filter(k -> "international".equals(k.kind()))
                        .map(Known::id)
                        .distinct()
                        .toList();
                ReferenceList.Entry body = fromReference(e, false);
                if (inArticle != null) {
                    out.put(e.id(), inArticle);
                } else if (bodies.size() == 1) {
                    out.put(e.id(), bodies.get(0));
                } else if (body != null && "international".equals(body.kind())) {
                    out.put(e.id(), body.id());
                    if (!exists(body.id())) {
                        references.add(body.record(e.mention(), names(e), e.id()));
                    }
                } else {
                    scoped(e, batch, linked, out, references, held, absorbed);
                }
                return null;
            }
            List<Known> surname = r.get("sounding").asList(MentionLinker::known).stream()
                    .filter(k -> bySurname(e, k) || shortens(k, e) || soundsAsSurname(e, k))
                    .toList();
            boolean acting = acting(e);
            List<List<Known>> tiers = tiers(e, exact, surname, acting);
            for (List<Known> tier : tiers) {
                List<String> ids = tier.stream()
                        .map(k -> target(e, k, acting))
                        .distinct()
                        .sorted()
                        .toList();
                if (ids.isEmpty()) {
                    continue;
                }
                if (ids.contains(e.id())) {
                    // The mention's own id is in the graph already as what it names: written into it as it is.
                    return null;
                }
                String chosen = ids.size() == 1
                        ? ids.get(0)
                        : decide(e, tier, named, countries.getOrDefault(source, Set.of()), acting);
                boolean standsFor =
                        tier.stream().anyMatch(k -> !target(e, k, acting).equals(k.id()));
                if (chosen != null && standsFor) {
                    absorb(e, chosen, out, references, absorbed);
                } else if (chosen != null) {
                    out.put(e.id(), chosen);
                } else {
                    held.put(e.id(), ids);
                }
                return null;
            }
            String inArticle = inArticle(e, batch, linked, out);
            EntityRecord person = inArticle == null || e.type() == EntityType.PERSON
                    ? null
                    : batch.stream()
                            .filter(x -> x.type() == EntityType.PERSON
                                    && inArticle.equals(linked.getOrDefault(x.id(), out.getOrDefault(x.id(), x.id()))))
                            .findFirst()
                            .orElse(null);
            if (person != null) {
                // Written as a name of the person, never as a place or a body of that name.
                out.put(e.id(), inArticle);
                absorbed.add(e.id());
                references.add(new EntityRecord(
                        inArticle,
                        EntityType.PERSON,
                        person.name(),
                        List.of(e.name()),
                        null,
                        null,
                        null,
                        null,
                        e.mention(),
                        new EntityRecord.Extras(Map.of(), List.of(), true)));
                return null;
            }
            if (inArticle != null) {
                out.put(e.id(), inArticle);
                return null;
            }
            ReferenceList.Entry entry = fromReference(e, acting);
            if (entry != null && entry.names(e)) {
                out.put(e.id(), entry.id());
                if (!exists(entry.id())) {
                    references.add(entry.record(e.mention(), names(e), e.id()));
                }
            } else if (entry != null) {
                absorb(e, entry.id(), out, references, absorbed);
            }
            return null;
        });
        for (EntityRecord e : namedAgain) {
            boolean leader = "leader".equals(e.kind());
            // "the Belarusian leader": the state's leader; "the bloc": the body the article named last before.
            String id = leader ? leader(e, batch, linked, out) : antecedent(e, batch, linked, out);
            if (id == null) {
                held.put(e.id(), List.of());
            } else if (leader) {
                absorb(e, id, out, references, absorbed);
            } else {
                absorbAnaphor(e, id, batch, linked, out, references, absorbed);
            }
        }
        if (!held.isEmpty()) {
            hold(held, byRef);
        }
        return new Links(out, references, held, absorbed);
    }

    /**
     * The person "the Belarusian leader" names: of the people the graph says lead that state, the one its article
     * names too, or the only one; null (held for review, never a node) when none or several fit.
     */
    private String leader(
            EntityRecord e, List<EntityRecord> batch, Map<String, String> linked, Map<String, String> out) {
        String[] words = e.name().split(" ");
        ReferenceList.Entry state = words.length > 1 ? reference.stateOfWord(words[1]) : null;
        if (state == null) {
            return null;
        }
        List<String> leaders = graph.read(
                LEADERS, Map.of("state", state.id()), r -> r.get("id").asString());
        Set<String> named = new HashSet<>();
        for (EntityRecord other : batch) {
            if (other != e
                    && other.type() == EntityType.PERSON
                    && other.mention() != null
                    && other.mention().source().equals(e.mention().source())) {
                named.add(linked.getOrDefault(other.id(), out.getOrDefault(other.id(), other.id())));
            }
        }
        List<String> inArticle = leaders.stream().filter(named::contains).toList();
        if (inArticle.size() == 1) {
            return inArticle.get(0);
        }
        return inArticle.isEmpty() && leaders.size() == 1 ? leaders.get(0) : null;
    }

    /**
     * The graph's entities a mention may name, surest first: its own type by a name or alias; another type by a
     * name or alias (a person-tagged "Wagner", a place-tagged "Turkey", a capital as an organization); a person by
     * surname.
     */
    private List<List<Known>> tiers(EntityRecord e, List<Known> exact, List<Known> surname, boolean acting) {
        List<Known> capitals = new ArrayList<>();
        List<Known> same = new ArrayList<>();
        List<Known> other = new ArrayList<>();
        List<Known> people = new ArrayList<>();
        for (Known k : exact) {
            boolean sameType = k.label().equals(e.type().label());
            if (acting && k.label().equals("Place") && capital(k) != null) {
                capitals.add(k);
            } else if (sameType && !(e.type() == EntityType.ORGANIZATION && k.capitalOf() != null)) {
                same.add(k);
            } else if (compatible(e.type(), k)) {
                other.add(k);
            } else if (k.label().equals("Person")) {
                // A person's name or alias the model took for something else ("Tikhanovskaya, as state media call
                // her").
                people.add(k);
            }
        }
        return List.of(capitals, same, other, surname, people);
    }

    /** Whether the sentence has a description of a city act ("The Cuban capital said"), not locate ("in the ..."). */
    private static boolean actingDescription(EntityRecord e) {
        String quote = e.mention().quote();
        if (quote == null) {
            return false;
        }
        int at = quote.toLowerCase(Locale.ROOT).indexOf(e.name().toLowerCase(Locale.ROOT));
        return at >= 0
                && PlaceUse.acting(quote, quote.substring(at, at + e.name().length()));
    }

    /** The capital a description names by its state's nationality word ("the Cuban capital"), or null. */
    private ReferenceList.Entry capitalNamed(EntityRecord e) {
        List<String> words = List.of(e.name().strip().split("\\s+"));
        if (words.size() < 3) {
            return null;
        }
        String state = String.join(" ", words.subList(1, words.size() - 1));
        List<ReferenceList.Entry> states = reference.byKey(NameKeys.key(state)).stream()
                .filter(x -> "state".equals(x.kind()))
                .toList();
        return states.size() == 1 ? reference.capitalOf(states.get(0).id()) : null;
    }

    /** The body or state a city stands for as an actor (a capital, a body's seat), or null. */
    private String capital(Known k) {
        if (k.capitalOf() != null) {
            return k.capitalOf();
        }
        ReferenceList.Entry state = reference.stateOfCapital(k.id());
        return state == null ? null : state.id();
    }

    /**
     * Whether a place the model tagged is named as an actor in its article ({@link PlaceUse}): as most of the
     * article's sentences that name it do, when the extractor counted them, else as the sentence that first names it
     * does. Only a capital or a body's seat is then taken for its state or body.
     */
    static boolean acting(EntityRecord e) {
        if (e.type() != EntityType.PLACE) {
            return false;
        }
        if (e.mention().details().get("acting") instanceof Boolean acting) {
            return acting;
        }
        return e.mention().quote() != null && PlaceUse.acting(e.mention().quote(), e.name());
    }

    /** Whether a mention of one type may name an entity of another. */
    private static boolean compatible(EntityType type, Known k) {
        return switch (type) {
            // A person-tagged word that is an organization's name ("Wagner"), never a place's.
            case PERSON -> k.label().equals("Organization");
            // A capital named as an actor is its state ("Abu Dhabi received ..."), where the model says organization.
            case ORGANIZATION -> k.label().equals("Place") && k.capitalOf() != null;
            // A state is also a place to be in, and so is a union of states ("several EU countries").
            case PLACE ->
                k.label().equals("Organization") && ("state".equals(k.kind()) || "international".equals(k.kind()));
        };
    }

    /** The entity a mention is linked to through a candidate: a capital named as an organization is its state. */
    private String target(EntityRecord e, Known k, boolean acting) {
        if ((e.type() == EntityType.ORGANIZATION || acting) && k.label().equals("Place")) {
            String state = capital(k);
            return state == null ? k.id() : state;
        }
        return k.id();
    }

    private boolean exists(String id) {
        return name(id) != null;
    }

    /** The name of the entity with this id in the graph, or null when there is none. */
    private String name(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("label", null);
        List<String> names = graph.read(NAME, params, r -> r.get("name").asString(""));
        return names.isEmpty() ? null : names.get(0);
    }

    /**
     * A mention linked to an entity under a name that is not the entity's (a capital for its state): written as
     * a mention of the entity, its name left out; the entity is made from the reference list if the graph lacks it.
     */
    private void absorb(
            EntityRecord e, String id, Map<String, String> out, List<EntityRecord> references, Set<String> absorbed) {
        absorb(e, id, out, references, absorbed, List.of(e.name()));
    }

    /** {@link #absorb}, {@code as}: the names the article gave it ("Belarusian Foreign Ministry", "Foreign Ministry"). */
    private void absorb(
            EntityRecord e,
            String id,
            Map<String, String> out,
            List<EntityRecord> references,
            Set<String> absorbed,
            List<String> as) {
        out.put(e.id(), id);
        absorbed.add(e.id());
        String name = name(id);
        ReferenceList.Entry entry = reference.byId(id);
        Provenance mention = mentionedAs(e, as);
        if (name == null && entry != null) {
            references.add(entry.record(mention, List.of(), null));
        } else if (name != null) {
            references.add(new EntityRecord(
                    id,
                    e.type(),
                    name,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    mention,
                    new EntityRecord.Extras(Map.of(), List.of(), true)));
        }
    }

    /**
     * A capital that its article names as an actor in some sentences and as a place in others ("Minsk answered" and
     * "talks in Minsk"): read sentence by sentence, it is a mention of the place in the ones and of its state in the
     * others, each with the sentences that name it so ({@code quotes} on MENTIONED_IN). False for any other mention.
     */
    private boolean bothWays(
            EntityRecord e,
            List<Known> exact,
            Map<String, String> out,
            List<EntityRecord> references,
            Set<String> absorbed) {
        if (e.type() != EntityType.PLACE
                || !(e.mention().details().get("actingQuotes") instanceof List<?> acting)
                || acting.isEmpty()
                || !(e.mention().details().get("quotes") instanceof List<?> all)) {
            return false;
        }
        List<String> located = all.stream()
                .map(String::valueOf)
                .filter(q -> !acting.contains(q) && !PlaceUse.dateline(q))
                .toList();
        Known place = exact.stream()
                .filter(k -> k.label().equals("Place") && capital(k) != null)
                .findFirst()
                .orElse(null);
        if (located.isEmpty() || place == null) {
            return false;
        }
        String state = capital(place);
        out.put(e.id(), place.id());
        absorbed.add(e.id());
        references.add(new EntityRecord(
                place.id(),
                EntityType.PLACE,
                name(place.id()),
                List.of(),
                null,
                null,
                null,
                null,
                mentionedAs(e, List.of(e.name()), located, "quotes"),
                new EntityRecord.Extras(Map.of(), List.of(), true)));
        Provenance asState = mentionedAs(
                e, List.of(e.name()), acting.stream().map(String::valueOf).toList(), "asQuotes");
        String stateName = name(state);
        ReferenceList.Entry entry = reference.byId(state);
        if (stateName == null && entry != null) {
            references.add(entry.record(asState, List.of(), null));
        } else if (stateName != null) {
            references.add(new EntityRecord(
                    state,
                    EntityType.ORGANIZATION,
                    stateName,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    asState,
                    new EntityRecord.Extras(Map.of(), List.of(), true)));
        }
        return true;
    }

    /**
     * A people or a body named by a description ("the Lithuanians", "The State Department", {@code Mentions}): a
     * mention of the one state or body whose name the description holds, made from the reference list when the
     * graph lacks it; its words are never a name of it. False when the mention is no such description or names
     * nothing known.
     */
    private boolean described(
            EntityRecord e,
            List<Known> exact,
            Map<String, String> out,
            List<EntityRecord> references,
            Set<String> absorbed) {
        if (!"people".equals(e.kind()) && !"described".equals(e.kind())) {
            return false;
        }
        Set<String> kinds = "people".equals(e.kind()) ? Set.of("state") : Set.of("government", "international");
        List<String> ids = exact.stream()
                .filter(k -> k.label().equals("Organization") && kinds.contains(k.kind()))
                .map(Known::id)
                .distinct()
                .toList();
        String id = ids.size() == 1 ? ids.get(0) : null;
        if (ids.isEmpty()) {
            List<ReferenceList.Entry> entries = NameKeys.keys(e.name(), e.aliases()).stream()
                    .flatMap(key -> reference.byKey(key).stream())
                    .filter(x -> kinds.contains(x.kind()))
                    .distinct()
                    .toList();
            id = entries.size() == 1 ? entries.get(0).id() : null;
        }
        if (id == null) {
            return false;
        }
        List<String> as = new ArrayList<>(List.of(e.name()));
        // "The State Department" as the article wrote it, beside the words without the article.
        if ("described".equals(e.kind())) {
            e.aliases().stream().filter(a -> !as.contains(a)).forEach(as::add);
        }
        absorb(e, id, out, references, absorbed, as);
        return true;
    }

    /** {@link #mentionedAs}, with the sentences that named it so, under {@code key}: quotes, or asQuotes for others. */
    private static Provenance mentionedAs(EntityRecord e, List<String> as, List<String> quotes, String key) {
        Provenance p = mentionedAs(e, as);
        Map<String, Object> details = new HashMap<>(p.details());
        details.remove("quotes");
        details.put(key, quotes);
        details.remove("actingQuotes");
        return new Provenance(p.source(), p.quote(), p.producer(), p.confidence(), Map.copyOf(details));
    }

    /** The mention's provenance saying how the article named the entity (the list {@code as} on MENTIONED_IN). */
    private static Provenance mentionedAs(EntityRecord e, List<String> as) {
        Map<String, Object> details = new HashMap<>(e.mention().details());
        details.put("as", as);
        // The sentences named it by those names, not by its own.
        if (details.remove("quotes") instanceof List<?> quotes) {
            details.put("asQuotes", quotes);
        }
        details.remove("actingQuotes");
        Provenance p = e.mention();
        return new Provenance(p.source(), p.quote(), p.producer(), p.confidence(), Map.copyOf(details));
    }

    /** The reference entry a mention names, when the graph has no entity of that name: a state, a body, a capital. */
    private ReferenceList.Entry fromReference(EntityRecord e, boolean acting) {
        Set<ReferenceList.Entry> found = new LinkedHashSet<>();
        for (String key : NameKeys.keys(e.name(), e.aliases())) {
            for (ReferenceList.Entry entry : reference.byKey(key)) {
                if (entry.type() == EntityType.PLACE && (e.type() == EntityType.ORGANIZATION || acting)) {
                    ReferenceList.Entry state = reference.stateOfCapital(entry.id());
                    if (state != null) {
                        found.add(state);
                    }
                } else if (entry.type() == e.type()
                        || e.type() != EntityType.PLACE
                        || "state".equals(entry.kind())
                        || "international".equals(entry.kind())) {
                    found.add(entry);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * Which of several entities the article means: one it names otherwise, else one of a country it names, else the
     * one whose description's words its sentence has; null when that does not single one out.
     */
    private String decide(EntityRecord e, List<Known> tier, Set<String> named, Set<String> countries, boolean acting) {
        String quote = e.mention().quote() == null ? "" : e.mention().quote().toLowerCase(Locale.ROOT);
        Map<String, Double> score = new LinkedHashMap<>();
        for (Known k : tier) {
            double s = 0;
            if (named.contains(k.id())) {
                s += 4;
            }
            if (k.country() != null && countries.contains(k.country())) {
                s += 2;
            }
            if (k.description() != null) {
                for (String word : k.description().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 4 && quote.contains(word)) {
                        s += 1;
                    }
                }
            }
            score.merge(target(e, k, acting), s, Math::max);
        }
        double best =
                score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> top = score.entrySet().stream()
                .filter(x -> x.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
        return best > 0 && top.size() == 1 ? top.get(0) : null;
    }

    /** The countries each article of the batch names (states and their demonyms, by ISO code). */
    private Map<String, Set<String>> countries(List<EntityRecord> batch) {
        Map<String, Set<String>> out = new HashMap<>();
        for (EntityRecord e : batch) {
            if (e.mention() == null) {
                continue;
            }
            Set<String> codes = out.computeIfAbsent(e.mention().source(), s -> new HashSet<>());
            if (e.country() != null) {
                codes.add(e.country());
            }
            for (String key : NameKeys.keys(e.name(), e.aliases())) {
                for (String word : key.split(" ")) {
                    reference.byKey(word).stream()
                            .filter(x -> "state".equals(x.kind()))
                            .forEach(x -> codes.add(x.country()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a person is a mention's by surname: a one-word mention is the last word of one of the person's
     * names (the first, for a surname written first); a longer one has all its words in one of them and ends as
     * it does ("Tayyip Erdogan" is Recep Tayyip Erdogan, "Donald Trump" is Donald J. Trump).
     */
    static boolean bySurname(EntityRecord e, Known k) {
        return bySurname(names(e), k.names());
    }

    /**
     * Whether a one-word mention of a person sounds as the surname of one of a person's full names does:
     * "Tsikhanovskaya" for Sviatlana Tsikhanouskaya, the same surname in a romanization the graph does not hold.
     */
    private static boolean soundsAsSurname(EntityRecord e, Known k) {
        if (e.type() != EntityType.PERSON) {
            return false;
        }
        for (String mention : names(e)) {
            List<String> mw = NameKeys.words(mention);
            if (mw.size() != 1 || mw.get(0).length() < 5) {
                continue;
            }
            for (String name : k.names()) {
                List<String> cw = name == null ? List.of() : NameKeys.words(name);
                if (cw.size() < 2) {
                    continue;
                }
                // "Xi Jinping" is Xi: a surname written first is the name's first word.
                String surname = SURNAME_FIRST.contains(cw.get(0)) ? cw.get(0) : cw.get(cw.size() - 1);
                if (NameMatcher.soundAlike(mw.get(0), surname)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a person's name of two words or more is the mention's without some of its given names ("Tayyip
     * Erdogan", which an earlier article gave, for "Recep Tayyip Erdogan").
     */
    private static boolean shortens(Known k, EntityRecord e) {
        List<String> theirs = k.names().stream()
                .filter(n -> n != null && NameKeys.words(n).size() >= 2)
                .toList();
        return !theirs.isEmpty() && bySurname(theirs, names(e));
    }

    /** {@link #bySurname(EntityRecord, Known)} on names: whether one of {@code names} is one of {@code theirs} short. */
    static boolean bySurname(List<String> names, List<String> theirs) {
        for (String mention : names) {
            List<String> mw = NameKeys.words(mention);
            if (mw.isEmpty()) {
                continue;
            }
            for (String name : theirs) {
                if (name == null) {
                    continue;
                }
                List<String> cw = NameKeys.words(name);
                if (cw.size() <= mw.size()) {
                    continue;
                }
                String first = mw.get(0);
                String last = mw.get(mw.size() - 1);
                // "Xi Jinping" is Xi, not Jinping: a name that starts with such a surname ends with the given name.
                boolean ends = SURNAME_FIRST.contains(cw.get(0))
                        ? cw.get(0).equals(first)
                        : cw.get(cw.size() - 1).equals(last)
                                // "Sheikh Tamim" is Tamim bin Hamad Al Thani: an Arab name is told by its first name.
                                || mw.size() == 1
                                        && cw.get(0).equals(first)
                                        && (cw.contains("bin") || cw.contains("bint") || cw.contains("ibn"));
                if (ends && cw.containsAll(mw)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another actor of the same article that a short mention names, when the extractor kept them apart: a person
     * by surname ("Von der Leyen", "Sheikh Tamim"), an organization by the last words of its name ("Commission"
     * is the European Commission). Its id as linked, or null.
     */
    private static String inArticle(
            EntityRecord e, List<EntityRecord> batch, Map<String, String> linked, Map<String, String> out) {
        Set<String> found = new LinkedHashSet<>();
        for (EntityRecord other : batch) {
            if (other == e
                    || other.id().equals(e.id())
                    || other.mention() == null
                    || !other.mention().source().equals(e.mention().source())) {
                continue;
            }
            Known k = new Known(
                    other.id(),
                    other.type().label(),
                    other.kind(),
                    other.country(),
                    other.description(),
                    names(other),
                    null);
            // A person's given name or surname the model took for a place or a body ("Sheikh Tamim has offered"),
            // when no state or body of the reference list has that name.
            boolean mistaken = other.type() == EntityType.PERSON
                    && e.type() != EntityType.PERSON
                    && NameKeys.keys(e.name(), e.aliases()).stream()
                            .allMatch(x -> ReferenceList.get().byKey(x).isEmpty());
            boolean fits = other.type() != e.type()
                    ? mistaken && bySurname(e, k)
                    : e.type() == EntityType.PERSON
                            ? bySurname(e, k)
                            : e.type() == EntityType.ORGANIZATION
                                    && (endsWith(other.name(), e.name()) || initials(other.name(), e.name()));
            if (fits) {
                found.add(linked.getOrDefault(other.id(), out.getOrDefault(other.id(), other.id())));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The words one of whose an antecedent's names must hold for a common noun that names a body again: "the
     * court" is a court or a tribunal, "the alliance" NATO ({@code resolve/anaphors.txt}).
     */
    private static final Map<String, Set<String>> ANAPHORS = anaphors();

    private static Map<String, Set<String>> anaphors() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Resources.read("resolve/anaphors.txt").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s*:\\s*", 2);
            out.put(parts[0], Set.of(parts[1].split("\\s*\\|\\s*")));
        }
        return Map.copyOf(out);
    }

    /** The sentence of its article that first names a record, or -1. */
    private static int sentence(EntityRecord e) {
        return e.mention().details().get("sentence") instanceof Number n ? n.intValue() : -1;
    }

    /**
     * The body a common noun names again ("the court"): of the article's other records of that kind, the one
     * named last before it (or, when none is before it, the one only); its id as linked, or null.
     */
    static String antecedent(
            EntityRecord e, List<EntityRecord> batch, Map<String, String> linked, Map<String, String> out) {
        List<String> words = NameKeys.words(e.name());
        Set<String> heads = words.isEmpty() ? Set.of() : ANAPHORS.getOrDefault(words.get(words.size() - 1), Set.of());
        int at = sentence(e);
        Map<String, Integer> last = new LinkedHashMap<>();
        for (EntityRecord other : batch) {
            if (other == e
                    || "anaphor".equals(other.kind())
                    || other.type() != EntityType.ORGANIZATION
                    || other.mention() == null
                    || !other.mention().source().equals(e.mention().source())) {
                continue;
            }
            boolean fits = longNames(other).stream().map(NameKeys::key).anyMatch(k -> heads.stream()
                    .anyMatch(h -> (" " + k + " ").contains(" " + h + " ")));
            if (fits) {
                String id = linked.getOrDefault(other.id(), out.getOrDefault(other.id(), other.id()));
                last.merge(id, sentence(other), Math::max);
            }
        }
        List<Map.Entry<String, Integer>> before =
                last.entrySet().stream().filter(x -> x.getValue() <= at).toList();
        if (before.isEmpty()) {
            return last.size() == 1 ? last.keySet().iterator().next() : null;
        }
        int latest = before.stream().mapToInt(Map.Entry::getValue).max().getAsInt();
        List<String> ids = before.stream()
                .filter(x -> x.getValue() == latest)
                .map(Map.Entry::getKey)
                .toList();
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /**
     * A record's names and, for a body the reference list knows by one of them, the list's names too: "the agency"
     * names again the IAEA an article gave only by its acronym (International Atomic Energy Agency).
     */
    private static List<String> longNames(EntityRecord e) {
        List<String> out = new ArrayList<>(names(e));
        for (String key : NameKeys.keys(e.name(), e.aliases())) {
            for (ReferenceList.Entry entry : ReferenceList.get().byKey(key)) {
                if ("international".equals(entry.kind())) {
                    out.add(entry.name());
                    out.addAll(entry.aliases());
                }
            }
        }
        return out;
    }

    /** Writes a common noun as a mention of the body it names again, never as a name of that body. */
    private void absorbAnaphor(
            EntityRecord e,
            String id,
            List<EntityRecord> batch,
            Map<String, String> linked,
            Map<String, String> out,
            List<EntityRecord> references,
            Set<String> absorbed) {
        if (name(id) != null || reference.byId(id) != null) {
            absorb(e, id, out, references, absorbed, names(e));
            return;
        }
        // A body this batch makes: written under the name its own record gives it.
        EntityRecord body = batch.stream()
                .filter(x -> x.id().equals(id) || id.equals(linked.getOrDefault(x.id(), out.get(x.id()))))
                .findFirst()
                .orElse(null);
        out.put(e.id(), id);
        absorbed.add(e.id());
        if (body != null) {
            references.add(new EntityRecord(
                    id,
                    body.type(),
                    body.name(),
                    List.of(),
                    body.kind(),
                    body.country(),
                    null,
                    null,
                    mentionedAs(e, names(e)),
                    new EntityRecord.Extras(Map.of(), List.of(), true)));
        }
    }

    /** Words an acronym skips: "WSJ" is The Wall Street Journal. */
    private static final Set<String> SKIPPED = Set.of("the", "of", "and", "for", "in", "on", "de", "la", "le");

    /**
     * Whether a short name in capitals is the initials of a longer name ("WSJ", "The Wall Street Journal";
     * "RFE/RL", "Radio Free Europe/Radio Liberty"), its small words left out.
     */
    static boolean initials(String longer, String acronym) {
        String letters = acronym.replaceAll("[./&-]", "");
        if (letters.length() < 2 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder first = new StringBuilder();
        for (String word : longer.split("[\\s/-]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                first.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return first.length() > 1 && first.toString().equals(letters);
    }

    /** Whether a longer name ends with a shorter one's words: "European Commission" and "Commission". */
    private static boolean endsWith(String longer, String shorter) {
        List<String> lw = NameKeys.words(longer);
        List<String> sw = NameKeys.words(shorter);
        return !sw.isEmpty()
                && lw.size() > sw.size()
                && lw.subList(lw.size() - sw.size(), lw.size()).equals(sw);
    }

    /** Whether an organization's name is made of generic words only ("Foreign Ministry", "the Defence Ministry"). */
    static boolean generic(EntityRecord e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        List<String> words = NameKeys.words(e.name());
        return !words.isEmpty() && GENERIC.containsAll(words);
    }

    /**
     * A generic body linked as the body of the country its sentence names just before it ("China's Foreign
     * Ministry" is China's Ministry of Foreign Affairs), made from the reference list when the graph lacks it; with
     * no country in the sentence, held for review: never one node for every country's.
     */
    private void scoped(
            EntityRecord e,
            List<EntityRecord> batch,
            Map<String, String> linked,
            Map<String, String> out,
            List<EntityRecord> references,
            Map<String, List<String>> held,
            Set<String> absorbed) {
        ReferenceList.Entry state = stateBefore(e);
        if (state == null) {
            state = stateOfBodyBefore(e, batch, linked);
        }
        if (state == null) {
            held.put(e.id(), List.of());
            return;
        }
        scoped(e, state, e.name(), out, references, absorbed);
    }

    /**
     * A body named by its state's name or demonym and generic words ("Belarusian Foreign Ministry", "Turkey's
     * Defence Ministry"): that state and the body's own words, or null for any other name.
     */
    private Map.Entry<ReferenceList.Entry, String> ofState(EntityRecord e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return null;
        }
        List<String> tokens = new ArrayList<>(
                List.of(e.name().strip().replaceAll("['’]s\\b", "").split("\\s+")));
        if (!tokens.isEmpty() && tokens.get(0).equalsIgnoreCase("the")) {
            tokens.remove(0);
        }
        for (int n = Math.min(3, tokens.size() - 1); n >= 1; n--) {
            List<ReferenceList.Entry> states =
                    reference.byKey(NameKeys.key(String.join(" ", tokens.subList(0, n)))).stream()
                            .filter(x -> "state".equals(x.kind()))
                            .toList();
            String rest = String.join(" ", tokens.subList(n, tokens.size()));
            List<String> words = NameKeys.words(rest);
            if (states.size() == 1 && !words.isEmpty() && GENERIC.containsAll(words) && words.contains("ministry")) {
                return Map.entry(states.get(0), rest);
            }
        }
        return null;
    }

    private void scoped(
            EntityRecord e,
            ReferenceList.Entry state,
            String body,
            Map<String, String> out,
            List<EntityRecord> references,
            Set<String> absorbed) {
        List<String> words =
                NameKeys.words(body).stream().filter(w -> !w.equals("the")).toList();
        String full = words.size() == 2 && words.get(1).equals("ministry") && MINISTRY.containsKey(words.get(0))
                ? "Ministry of " + MINISTRY.get(words.get(0))
                : body.replaceFirst("(?i)^the\\s+", "");
        String id = state.id() + "-" + NameKeys.slug(full);
        List<String> as = body.equals(e.name()) ? List.of(e.name()) : List.of(e.name(), body);
        if (exists(id)) {
            absorb(e, id, out, references, absorbed, as);
            return;
        }
        out.put(e.id(), id);
        absorbed.add(e.id());
        references.add(new EntityRecord(
                id,
                EntityType.ORGANIZATION,
                full + " of " + state.name(),
                List.of(),
                "government",
                state.country(),
                null,
                null,
                mentionedAs(e, as),
                new EntityRecord.Extras(Map.of(), List.of(), false)));
    }

    /**
     * The state whose government body the sentence names before the mention ("The Kremlin says ... contracts with the
     * Defence Ministry" is Russia's), when one state's bodies alone are named there; null otherwise.
     */
    private ReferenceList.Entry stateOfBodyBefore(
            EntityRecord e, List<EntityRecord> batch, Map<String, String> linked) {
        String quote = e.mention().quote();
        int at = quote == null ? -1 : quote.indexOf(e.name());
        if (at < 0) {
            return null;
        }
        String before = quote.substring(0, at);
        Set<String> countries = new HashSet<>();
        for (EntityRecord other : batch) {
            if (other == e
                    || other.type() != EntityType.ORGANIZATION
                    || other.mention() == null
                    || !other.mention().source().equals(e.mention().source())
                    || generic(other)
                    || names(other).stream().noneMatch(n -> PlaceUse.names(before, n))) {
                continue;
            }
            String id = linked.getOrDefault(other.id(), other.id());
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("label", "Organization");
            // A government body's country: a company's or a movement's says less of whose ministry it is.
            graph
                    .read(
                            NAME,
                            params,
                            r -> "government".equals(r.get("kind").asString(null))
                                            && !r.get("country").isNull()
                                    ? String.valueOf(r.get("country").asObject())
                                    : null)
                    .stream()
                    .filter(java.util.Objects::nonNull)
                    .forEach(countries::add);
        }
        return countries.size() == 1 ? reference.stateOf(countries.iterator().next()) : null;
    }

    /** The state named closest before a mention in its sentence ("Turkey's", "the Belarusian"), or null. */
    private ReferenceList.Entry stateBefore(EntityRecord e) {
        String quote = e.mention().quote();
        if (quote == null) {
            return null;
        }
        int at = quote.indexOf(e.name());
        String before = at < 0 ? quote : quote.substring(0, at);
        String[] words = before.replaceAll("['’]s\\b", "").split("[^\\p{L}.]+");
        for (int i = words.length - 1; i >= 0; i--) {
            for (int n = Math.min(3, i + 1); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(words).subList(i - n + 1, i + 1));
                List<ReferenceList.Entry> states = reference.byKey(NameKeys.key(phrase)).stream()
                        .filter(x -> "state".equals(x.kind()))
                        .toList();
                if (states.size() == 1 && !phrase.isBlank() && Character.isUpperCase(phrase.charAt(0))) {
                    return states.get(0);
                }
            }
        }
        return null;
    }

    private static List<String> names(EntityRecord e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        e.aliases().stream().filter(a -> !names.contains(a)).forEach(names::add);
        return names;
    }

    private static Known known(Field v) {
        return new Known(
                v.get("id").asString(),
                v.get("label").asString(null),
                v.get("kind").asString(null),
                v.get("country").isNull()
                        ? null
                        : String.valueOf(v.get("country").asObject()),
                v.get("description").isNull()
                        ? null
                        : String.valueOf(v.get("description").asObject()),
                v.get("names").asList(x -> x.isNull() ? null : x.asString()),
                v.get("capitalOf").asString(null));
    }

    /**
     * People linked under a fuller name than the one an earlier article gave them ("Recep Tayyip Erdogan" to
     * "Tayyip Erdogan"): the node takes the fuller name, so one node carries the name that tells the person apart,
     * unless a data set named it.
     */
    void fuller(List<EntityRecord> records, Map<String, String> found) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRecord e : records) {
            String to = found.get(e.id());
            if (to == null || e.type() != EntityType.PERSON || !isMention(e)) {
                continue;
            }
            String now = name(to);
            if (now != null && !now.equals(e.name()) && bySurname(List.of(now), List.of(e.name()))) {
                rows.add(Map.of("id", to, "name", e.name(), "short", now));
            }
        }
        if (!rows.isEmpty()) {
            graph.write(FULLER, Map.of("rows", rows), r -> null);
        }
    }

    /** Holds ambiguous mentions for review: which of the entities the article means. */
    private void hold(Map<String, List<String>> held, Map<String, EntityRecord> byRef) {
        List<Map<String, Object>> rows = new ArrayList<>();
        held.forEach((ref, ids) -> {
            EntityRecord e = byRef.get(ref);
            Map<String, Object> props = new HashMap<>();
            props.put("kind", "mention");
            props.put("type", "same-as");
            props.put("title", title(e, ids));
            props.put("actors", ids);
            props.put("roles", ids.stream().map(x -> "option").toList());
            props.put("names", ids);
            props.put("mention", e.name());
            props.put("source", e.mention().source());
            props.put("quote", e.mention().quote());
            props.put("producer", e.mention().producer());
            props.put("confidence", 0.5);
            props.put("sentence", e.mention().details().get("sentence"));
            rows.add(Map.of(
                    "id",
                    "candidate-" + StableIds.digest(e.mention().source() + "|mention|" + e.name(), 8),
                    "props",
                    props));
        });
        graph.write(HOLD, Map.of("rows", rows), r -> null);
    }

    /** What a reviewer is asked of a held mention. */
    private static String title(EntityRecord e, List<String> ids) {
        if (!ids.isEmpty()) {
            return "'" + e.name() + "' names one of " + String.join(", ", ids);
        }
        return "leader".equals(e.kind())
                ? "'" + e.name() + "': who? Neither the article nor the graph says"
                : "'" + e.name() + "': which country's? The article does not say";
    }

    private static String quoted(List<String> terms) {
        return terms.stream()
                .map(t -> '"' + t.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(" OR "));
    }
}
