package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.influencegraph.extract.ActorTracker.Related;
import org.influencegraph.extract.ArticleExtractor.Candidate;
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

/**
 * Turns what an article's sentences state into its facts: each with its provenance (the article, the sentence,
 * its character offsets, the rule that found it, a confidence); those below {@link ArticleExtractor#THRESHOLD}
 * apart as candidates for review, with ids stable across imports; an event the article tells twice asserted once.
 */
final class FactBuilder {

    /** A body one is appointed a member of (a cabinet, a board), unlike one appointed to as an envoy (the UN). */
    private static final Pattern MEMBERS_BODY = Pattern.compile("(?i)\\b(?:cabinet|government|board|council|committee|"
            + "commission|court|parliament|assembly|senate|politburo|bureau|presidium|team)\\b");

    private final String article;
    private final List<EventRecord> events = new ArrayList<>();
    private final List<ParticipationRecord> participations = new ArrayList<>();
    private final List<TieRecord> ties = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();

    FactBuilder(String article) {
        this.article = article;
    }

    /** What a fact names as its producer: the extractor, the rule that found it, the model. */
    static String producer(String rule) {
        return "extractor/rules-3:" + rule + "+" + Nlp.MODEL;
    }

    /**
     * The ties a sentence stated by naming an actor ("the Russian president", "the Lukashenko regime"), from the
     * sentence of {@code where}; their producer names the part of the reader that found them.
     */
    void related(List<Related> related, String quote, Map<String, Object> where) {
        for (Related r : related) {
            ties.add(new TieRecord(
                    r.from().id(),
                    r.type(),
                    r.to().id(),
                    null,
                    null,
                    null,
                    new Provenance(article, quote, producer(r.rule()), 0.8, where)));
        }
    }

    /**
     * A fact a sentence states, with its actors in its order: a sure one is a fact, another a candidate whose id
     * is the article, the sentence's text, the kind of fact and its actors.
     */
    void add(Patterns.Found found, List<Actor> who, String text, String quote, Map<String, Object> where, String date) {
        String fact = StableIds.digest(
                article + "|" + text + "|" + (found.tie() != null ? found.tie() : found.event()) + "|"
                        + who.stream().map(Actor::id).toList(),
                8);
        Provenance provenance = new Provenance(article, quote, producer(found.rule()), found.confidence(), where);
        boolean sure = found.confidence() >= ArticleExtractor.THRESHOLD;
        if (found.tie() != null) {
            TieRecord tie = new TieRecord(
                    who.get(0).id(), found.tie(), who.get(1).id(), found.detail(), null, null, provenance);
            if (sure) {
                ties.add(tie);
            } else {
                candidates.add(new Candidate("candidate-" + fact, null, List.of(), tie));
            }
            return;
        }
        String eventId = "event-" + fact;
        EventRecord event = new EventRecord(
                eventId,
                found.event(),
                date == null ? null : PartialDate.parse(date).orElse(null),
                null,
                null,
                title(found, who),
                null,
                provenance);
        List<ParticipationRecord> parts = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            parts.add(new ParticipationRecord(
                    eventId, who.get(i).id(), found.roles().get(i), i == 0 ? found.detail() : null, provenance));
        }
        if (sure) {
            events.add(event);
            participations.addAll(parts);
            appointedTo(found, who, provenance).ifPresent(ties::add);
        } else {
            candidates.add(new Candidate("candidate-" + fact, event, parts, null));
        }
    }

    /** The article's facts: its events told twice asserted once, and an entity for each actor a sentence named. */
    ArticleExtractor.Extraction build(SourceRecord source, List<Actor> actors) {
        ownSide();
        once(events, participations, actors, ties);
        List<EntityRecord> entities = new ArrayList<>();
        for (Actor a : actors) {
            if (a.firstSentence < 0) {
                continue;
            }
            List<String> aliases =
                    a.names.stream().filter(n -> !n.equals(a.name)).toList();
            entities.add(new EntityRecord(
                    a.id(),
                    a.type,
                    a.name,
                    aliases,
                    a.kind,
                    null,
                    a.description,
                    null,
                    new Provenance(
                            article,
                            a.firstQuote,
                            ArticleExtractor.PRODUCER,
                            0.9,
                            a.acting + a.located == 0
                                    ? Map.of("sentence", a.firstSentence, "quotes", List.copyOf(a.quotes))
                                    // How most of the article's sentences name a place: as an actor or as where.
                                    : Map.of(
                                            "sentence",
                                            a.firstSentence,
                                            "acting",
                                            a.acting >= a.located,
                                            "quotes",
                                            List.copyOf(a.quotes),
                                            "actingQuotes",
                                            List.copyOf(a.actingQuotes))),
                    new EntityRecord.Extras(Map.of(), List.of(), true)));
        }
        return new ArticleExtractor.Extraction(source, entities, events, participations, ties, candidates);
    }

    /** An appointment to a body makes its appointee a member: "the appointment of [E1] to [E2]'s cabinet". */
    private static java.util.Optional<TieRecord> appointedTo(
            Patterns.Found found, List<Actor> who, Provenance provenance) {
        if (found.event() != EventType.APPOINTMENT) {
            return java.util.Optional.empty();
        }
        Actor person = null;
        Actor body = null;
        for (int i = 0; i < who.size(); i++) {
            Actor a = who.get(i);
            if (found.roles().get(i) == Role.TARGET && a.type == EntityType.PERSON) {
                person = a;
            } else if (found.roles().get(i) == Role.SUBJECT
                    && a.type == EntityType.ORGANIZATION
                    && !"state".equals(a.kind)
                    && MEMBERS_BODY.matcher(a.name).find()) {
                body = a;
            }
        }
        return person == null || body == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        new TieRecord(person.id(), TieType.MEMBER_OF, body.id(), "appointed", null, null, provenance));
    }

    /**
     * An article that tells one event twice (in its headline and again below, or in two sentences) asserts it
     * once: of two events of one type and date whose actors are the same, or one's among the other's, the one
     * with more actors stays, or the first.
     */
    private static void once(
            List<EventRecord> events,
            List<ParticipationRecord> participations,
            List<Actor> actors,
            List<TieRecord> ties) {
        mediatorsTogether(events, participations, actors, ties);
        Map<String, Set<String>> actorsOf = new java.util.HashMap<>();
        for (ParticipationRecord p : participations) {
            actorsOf.computeIfAbsent(p.event(), k -> new java.util.HashSet<>()).add(p.entity());
        }
        Set<String> dropped = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = 0; j < events.size(); j++) {
                EventRecord a = events.get(i);
                EventRecord b = events.get(j);
                if (i == j
                        || dropped.contains(a.id())
                        || dropped.contains(b.id())
                        || a.type() != b.type()
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
     * messages), unless one acts for the other: "talks mediated by the EU's foreign policy chief, Catherine
     * Ashton" and "the EU-brokered deal" are one mediation.
     */
    private static void mediatorsTogether(
            List<EventRecord> events,
            List<ParticipationRecord> participations,
            List<Actor> actors,
            List<TieRecord> ties) {
        Map<String, String> into = new java.util.HashMap<>();
        List<EventRecord> kept = new ArrayList<>();
        for (EventRecord e : events) {
            if (e.type() != EventType.MEDIATION
                    || sides(e, participations, Role.PARTY).size() != 2) {
                continue;
            }
            for (EventRecord k : kept) {
                Set<String> mediators = new java.util.HashSet<>(sides(k, participations, Role.MEDIATOR));
                mediators.retainAll(sides(e, participations, Role.MEDIATOR));
                if (sides(k, participations, Role.PARTY).equals(sides(e, participations, Role.PARTY))
                        && (!mediators.isEmpty() || actsFor(k, e, participations, actors, ties))) {
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
                merged.add(
                        event.equals(p.event())
                                ? p
                                : new ParticipationRecord(event, p.entity(), p.role(), p.detail(), p.provenance()));
            }
        }
        participations.clear();
        participations.addAll(merged);
        events.removeIf(e -> into.containsKey(e.id()));
    }

    /**
     * Whether a person mediating in one event acts for a body mediating in the other: a tie of the article joins
     * them, or the sentence that names the person as mediator names the body too.
     */
    private static boolean actsFor(
            EventRecord one,
            EventRecord other,
            List<ParticipationRecord> participations,
            List<Actor> actors,
            List<TieRecord> ties) {
        Map<String, Actor> byId = new java.util.HashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        for (EventRecord[] pair : new EventRecord[][] {{one, other}, {other, one}}) {
            for (String person : sides(pair[0], participations, Role.MEDIATOR)) {
                Actor p = byId.get(person);
                if (p == null || p.type != EntityType.PERSON) {
                    continue;
                }
                for (String body : sides(pair[1], participations, Role.MEDIATOR)) {
                    Actor b = byId.get(body);
                    if (b == null || b.type != EntityType.ORGANIZATION) {
                        continue;
                    }
                    String quote = pair[0].report().quote();
                    if (tied(person, body, ties)
                            || (quote != null && b.names.stream().anyMatch(n -> n.length() > 2 && quote.contains(n)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The ties by which a person belongs to a body: heads it, speaks for it, works for it, is of it. */
    private static final Set<TieType> BELONGS =
            Set.of(TieType.LEADS, TieType.REPRESENTS, TieType.EMPLOYED_BY, TieType.MEMBER_OF);

    private static boolean tied(String a, String b, List<TieRecord> ties) {
        return ties.stream()
                .anyMatch(t -> BELONGS.contains(t.type())
                        && ((t.from().equals(a) && t.to().equals(b))
                                || (t.from().equals(b) && t.to().equals(a))));
    }

    /**
     * An appeal or a mediation one of whose sides is its initiator's or mediator's own body ("Guterres urged both
     * sides", read as the UN he leads and another) has its sides wrong: it is held for review.
     */
    private void ownSide() {
        Set<String> held = new java.util.HashSet<>();
        for (EventRecord e : events) {
            Role actor = e.type() == EventType.APPEAL
                    ? Role.INITIATOR
                    : e.type() == EventType.MEDIATION ? Role.MEDIATOR : null;
            Role side = e.type() == EventType.APPEAL ? Role.TARGET : Role.PARTY;
            if (actor == null) {
                continue;
            }
            for (String a : sides(e, participations, actor)) {
                for (String s : sides(e, participations, side)) {
                    if (a.equals(s) || tied(a, s, ties)) {
                        held.add(e.id());
                    }
                }
            }
        }
        for (EventRecord e : List.copyOf(events)) {
            if (held.contains(e.id())) {
                List<ParticipationRecord> parts = participations.stream()
                        .filter(p -> p.event().equals(e.id()))
                        .toList();
                candidates.add(new Candidate("candidate-" + e.id().substring("event-".length()), e, parts, null));
            }
        }
        events.removeIf(e -> held.contains(e.id()));
        participations.removeIf(p -> held.contains(p.event()));
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

    private static String title(Patterns.Found found, List<Actor> who) {
        List<String> names = who.stream().map(a -> a.name).toList();
        return switch (found.event()) {
            case MEDIATION ->
                names.get(0) + " mediates"
                        + (names.size() > 2
                                ? " between " + names.get(1) + " and " + names.get(2)
                                : names.size() > 1 ? " with " + names.get(1) : "");
            // With no actor appealed to, the detail says whom and what: "students to return to lectures".
            case APPEAL ->
                names.size() == 1
                        ? names.get(0) + " calls on " + found.detail()
                        : names.get(0) + " calls on " + names.get(1)
                                + (found.detail() == null ? "" : " to " + found.detail());
            default ->
                found.event().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + String.join(", ", names);
        };
    }
}
