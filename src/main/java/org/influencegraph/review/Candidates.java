package org.influencegraph.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.influencegraph.Resources;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.extract.ArticleExtractor.Candidate;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.EventType;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieRecord;
import org.influencegraph.model.TieType;

/**
 * Facts the article extractor is not sure of, held for review as {@code Candidate} nodes apart from the facts: no
 * relationship joins a candidate to the graph, so only the {@code candidates} query sees them. Each holds what
 * writing its fact needs. A reviewer accepts one (its fact is written as the extractor writes a sure one, marked
 * {@code reviewed: 'accepted'}) or rejects it (nothing is written). The decision holds when the article is read
 * again: a rejected candidate is not proposed again, an accepted one is written as a fact again.
 */
public final class Candidates {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    /**
     * A decision as it stands: the candidate, its fact (kind, type, the actors' ids in the graph, the event's id
     * for an event), when it was decided and why, and whether this request changed anything.
     */
    public record Decision(
            String id,
            String status,
            String kind,
            String type,
            List<String> actors,
            String event,
            String reviewedAt,
            String note,
            boolean changed) {}

    /**
     * A reviewer's correction of a candidate before accepting it; a null field keeps what the extractor read. For
     * a tie, {@code actors} are its two ends (from, to); for an event, its parties in the graph with their
     * {@code roles} (mediator, party, participant ...), its {@code title} and its {@code type} (mediation ...).
     */
    public record Correction(List<String> actors, List<String> roles, String title, String type) {

        public static final Correction NONE = new Correction(null, null, null, null);

        boolean isEmpty() {
            return actors == null && roles == null && title == null && type == null;
        }
    }

    /** A candidate as the graph holds it. */
    private record Held(
            Candidate candidate, String status, String kind, String type, List<String> actors, boolean sourceExists) {}

    /** What a decision found and left. */
    private record Decided(String before, String status, String reviewedAt, String note) {}

    private static final String WRITE = Resources.read("cypher/articles/write-candidates.cypher");
    private static final String FIND = Resources.read("cypher/articles/candidate.cypher");
    private static final String DECIDE = Resources.read("cypher/articles/decide-candidate.cypher");
    private static final String IDS = Resources.read("cypher/lookups/ids-in-graph.cypher");

    private final Graph graph;

    public Candidates(Graph graph) {
        this.graph = graph;
    }

    /**
     * Holds one article's candidates for review, their actors under the ids entity resolution gave them
     * ({@code idOf}) and named as the article names them ({@code names}, by the article's ids). Returns each
     * candidate's status by id: open when new, or the decision a reviewer made on it earlier.
     */
    public Map<String, String> hold(List<Candidate> candidates, UnaryOperator<String> idOf, Map<String, String> names) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            rows.add(Map.of("id", c.id(), "props", properties(c, idOf, names)));
        }
        Map<String, String> status = new LinkedHashMap<>();
        graph.write(
                        WRITE,
                        Map.of("rows", rows),
                        r -> Map.entry(r.get("id").asString(), r.get("status").asString()))
                .forEach(e -> status.put(e.getKey(), e.getValue()));
        return status;
    }

    /** The candidate's fact as an acceptance writes it: its provenance marked {@code reviewed: 'accepted'}. */
    public static Candidate accepted(Candidate c) {
        Provenance p = c.provenance();
        Map<String, Object> details = new HashMap<>(p.details());
        details.put("reviewed", ACCEPTED);
        Provenance reviewed = new Provenance(p.source(), p.quote(), p.producer(), p.confidence(), Map.copyOf(details));
        if (c.tie() != null) {
            TieRecord t = c.tie();
            return new Candidate(
                    c.id(),
                    null,
                    List.of(),
                    new TieRecord(t.from(), t.type(), t.to(), t.role(), t.start(), t.end(), reviewed));
        }
        EventRecord e = c.event();
        List<ParticipationRecord> parts = c.participations().stream()
                .map(x -> new ParticipationRecord(x.event(), x.entity(), x.role(), x.detail(), reviewed))
                .toList();
        return new Candidate(
                c.id(),
                new EventRecord(
                        e.id(), e.type(), e.date(), e.endDate(), e.cameo(), e.title(), e.description(), reviewed),
                parts,
                null);
    }

    /** How a candidate reads: "Angela Merkel supports Emmanuel Macron", or its event's title. */
    public static String claim(Candidate c, Map<String, String> names) {
        if (c.tie() == null) {
            return c.event().title();
        }
        TieRecord t = c.tie();
        return names.getOrDefault(t.from(), t.from()) + " " + t.type().code().replace('-', ' ') + " "
                + names.getOrDefault(t.to(), t.to()) + (t.role() == null ? "" : " (" + t.role() + ")");
    }

    /**
     * Accepts candidate {@code id}: writes its fact and marks it accepted. Accepting it again changes nothing;
     * a rejected candidate, or one whose actors or article have left the graph, is refused.
     */
    public Decision accept(String id, String note) {
        return accept(id, note, Correction.NONE);
    }

    /**
     * Accepts candidate {@code id} as {@code correction} corrects it (its parties, roles, title or type): the
     * corrected fact is written, and the correction is kept on the candidate so that the article imported again
     * writes the corrected fact. A decided candidate takes no correction.
     */
    public Decision accept(String id, String note, Correction correction) {
        Held held = find(id);
        if (!correction.isEmpty() && !held.status().equals(OPEN)) {
            throw new UserError(
                    Kind.CONFLICT,
                    "candidate '" + id + "' was " + held.status()
                            + " already; a correction applies only to an open candidate");
        }
        if (held.status().equals(REJECTED)) {
            throw new UserError(Kind.CONFLICT, "candidate '" + id + "' was rejected; it cannot be accepted");
        }
        if (held.kind().equals("mention")) {
            throw new UserError(
                    Kind.CONFLICT,
                    "candidate '" + id + "' asks which of " + held.actors()
                            + " a mention names: there is no fact to accept; reject it once decided");
        }
        if (!held.sourceExists()) {
            throw new UserError(
                    Kind.CONFLICT,
                    "the article of candidate '" + id + "' ("
                            + held.candidate().provenance().source() + ") is no longer in the graph");
        }
        Candidate base = held.candidate();
        List<String> actors;
        if (correction.isEmpty()) {
            actors = current(id, held.actors());
        } else {
            base = corrected(base, correction);
            actors = known(correction.actors() == null ? held.actors() : correction.actors());
        }
        Candidate fact = accepted(withActors(base, actors));
        Decided decided = decide(id, ACCEPTED, note, correction.isEmpty() ? null : stored(fact, actors));
        if (decided.before().equals(REJECTED)) {
            throw new UserError(Kind.CONFLICT, "candidate '" + id + "' was rejected; it cannot be accepted");
        }
        WriteCounts written = write(fact);
        return new Decision(
                id,
                ACCEPTED,
                held.kind(),
                fact.event() == null ? held.type() : fact.event().type().code(),
                actors,
                fact.event() == null ? null : fact.event().id(),
                decided.reviewedAt(),
                decided.note(),
                decided.before().equals(OPEN) || written.created() + written.updated() > 0);
    }

    /** Rejects candidate {@code id}: nothing is written. Rejecting it again changes nothing; an accepted one is refused. */
    public Decision reject(String id, String note) {
        Held held = find(id);
        if (held.status().equals(ACCEPTED)) {
            throw new UserError(Kind.CONFLICT, "candidate '" + id + "' was accepted; its fact is in the graph");
        }
        Decided decided = decide(id, REJECTED, note, null);
        if (decided.before().equals(ACCEPTED)) {
            throw new UserError(Kind.CONFLICT, "candidate '" + id + "' was accepted; its fact is in the graph");
        }
        Candidate c = held.candidate();
        return new Decision(
                id,
                REJECTED,
                held.kind(),
                held.type(),
                held.actors(),
                c.event() == null ? null : c.event().id(),
                decided.reviewedAt(),
                decided.note(),
                decided.before().equals(OPEN));
    }

    private Held find(String id) {
        List<Held> found = graph.read(
                FIND,
                Map.of("id", id),
                r -> held(r.get("candidate").asMap(), r.get("sourceExists").asBoolean()));
        if (found.isEmpty()) {
            throw new UserError(Kind.NOT_FOUND, "no candidate with id '" + id + "'");
        }
        return found.get(0);
    }

    private Decided decide(String id, String status, String note, Map<String, Object> correction) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", status);
        params.put("note", note);
        params.put("correction", correction);
        List<Decided> done = graph.write(
                DECIDE,
                params,
                r -> new Decided(
                        r.get("before").asString(),
                        r.get("status").asString(),
                        r.get("reviewedAt").asString(null),
                        r.get("note").asString(null)));
        if (done.isEmpty()) {
            throw new UserError(Kind.NOT_FOUND, "no candidate with id '" + id + "'");
        }
        return done.get(0);
    }

    /** The actors' ids in the graph now: a merge may have folded one into another entity. */
    private List<String> current(String id, List<String> actors) {
        Map<String, String> found = new HashMap<>();
        graph.read(IDS, Map.of("ids", actors), r ->
                        new String[] {r.get("id").asString(), r.get("found").asString(null)})
                .forEach(pair -> found.put(pair[0], pair[1]));
        List<String> out = new ArrayList<>();
        for (String actor : actors) {
            String now = found.get(actor);
            if (now == null) {
                throw new UserError(
                        Kind.CONFLICT, "actor '" + actor + "' of candidate '" + id + "' is no longer in the graph");
            }
            out.add(now);
        }
        return out;
    }

    /** The ids of a correction's actors as the graph knows them now; an unknown one is refused. */
    private List<String> known(List<String> actors) {
        Map<String, String> found = new HashMap<>();
        graph.read(IDS, Map.of("ids", actors), r ->
                        new String[] {r.get("id").asString(), r.get("found").asString(null)})
                .forEach(pair -> found.put(pair[0], pair[1]));
        List<String> out = new ArrayList<>();
        for (String actor : actors) {
            String now = found.get(actor);
            if (now == null) {
                throw new UserError(Kind.NOT_FOUND, "no entity with id '" + actor + "' (field 'actors')");
            }
            out.add(now);
        }
        return out;
    }

    /** The candidate as {@code correction} corrects it, checked: a tie keeps two ends, an event one role an actor. */
    static Candidate corrected(Candidate c, Correction correction) {
        if (c.tie() != null) {
            if (correction.roles() != null || correction.title() != null || correction.type() != null) {
                throw new UserError(Kind.INVALID, "a tie takes only 'actors' (its two ends) as a correction");
            }
            if (correction.actors() == null) {
                return c;
            }
            if (correction.actors().size() != 2 || correction.actors().stream().anyMatch(Candidates::blank)) {
                throw new UserError(Kind.INVALID, "field 'actors': a tie has two ends, from and to");
            }
            TieRecord t = c.tie();
            return new Candidate(
                    c.id(),
                    null,
                    List.of(),
                    new TieRecord(
                            correction.actors().get(0),
                            t.type(),
                            correction.actors().get(1),
                            t.role(),
                            t.start(),
                            t.end(),
                            t.provenance()));
        }
        EventRecord e = c.event();
        List<String> actors = correction.actors() != null
                ? correction.actors()
                : c.participations().stream().map(ParticipationRecord::entity).toList();
        List<String> roles = correction.roles() != null
                ? correction.roles()
                : c.participations().stream().map(p -> p.role().code()).toList();
        if (actors.isEmpty() || actors.stream().anyMatch(Candidates::blank)) {
            throw new UserError(Kind.INVALID, "field 'actors': at least one entity id, none blank");
        }
        if (roles.size() != actors.size()) {
            throw new UserError(
                    Kind.INVALID,
                    "fields 'actors' and 'roles': one role an actor (" + actors.size() + " actors, " + roles.size()
                            + " roles)");
        }
        List<ParticipationRecord> parts = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            String code = roles.get(i);
            Role role = Role.parse(code == null ? "" : code)
                    .orElseThrow(() -> new UserError(
                            Kind.INVALID,
                            "field 'roles': unknown role '" + code + "'; one of " + codes(Role.values())));
            ParticipationRecord before =
                    i < c.participations().size() ? c.participations().get(i) : null;
            parts.add(new ParticipationRecord(
                    e.id(), actors.get(i), role, before == null ? null : before.detail(), c.provenance()));
        }
        EventType type = correction.type() == null
                ? e.type()
                : EventType.parse(correction.type())
                        .orElseThrow(() -> new UserError(
                                Kind.INVALID,
                                "field 'type': unknown event type '" + correction.type() + "'; one of "
                                        + codes(EventType.values())));
        String title =
                correction.title() == null ? e.title() : correction.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new UserError(Kind.INVALID, "field 'title': 1 to 300 characters");
        }
        return new Candidate(
                c.id(),
                new EventRecord(e.id(), type, e.date(), e.endDate(), e.cameo(), title, e.description(), e.report()),
                parts,
                null);
    }

    /** What a correction keeps on the candidate: the fact as written, so that a new reading writes it again. */
    private static Map<String, Object> stored(Candidate fact, List<String> actors) {
        Map<String, Object> kept = new HashMap<>();
        kept.put("correctedActors", actors);
        if (fact.event() != null) {
            kept.put(
                    "correctedRoles",
                    fact.participations().stream().map(p -> p.role().code()).toList());
            kept.put("correctedTitle", fact.event().title());
            kept.put("correctedType", fact.event().type().code());
        }
        return kept;
    }

    /** A correction kept on a candidate node, or none. */
    @SuppressWarnings("unchecked")
    private static Correction kept(Map<String, Object> n) {
        return new Correction(
                (List<String>) n.get("correctedActors"),
                (List<String>) n.get("correctedRoles"),
                (String) n.get("correctedTitle"),
                (String) n.get("correctedType"));
    }

    /**
     * The facts of an article read again whose candidates a reviewer accepted ({@code status} by candidate id): as
     * accepted, and as corrected where the reviewer corrected them.
     */
    public List<Candidate> acceptedFacts(List<Candidate> found, Map<String, String> status) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (!ACCEPTED.equals(status.get(c.id()))) {
                continue;
            }
            List<Correction> corrections = graph.read(
                    FIND, Map.of("id", c.id()), r -> kept(r.get("candidate").asMap()));
            Correction correction = corrections.isEmpty() ? Correction.NONE : corrections.get(0);
            out.add(accepted(correction.isEmpty() ? c : corrected(c, correction)));
        }
        return out;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String codes(Enum<?>[] values) {
        return String.join(
                ", ",
                java.util.Arrays.stream(values)
                        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .toList());
    }

    private WriteCounts write(Candidate fact) {
        GraphWriter writer = new GraphWriter(graph);
        if (fact.tie() != null) {
            return writer.prepareTies(List.of(fact.tie())).write();
        }
        return writer.prepareEvents(List.of(fact.event()))
                .write()
                .plus(writer.prepareParticipations(fact.participations()).write());
    }

    private static Candidate withActors(Candidate c, List<String> actors) {
        if (c.tie() != null) {
            TieRecord t = c.tie();
            return new Candidate(
                    c.id(),
                    null,
                    List.of(),
                    new TieRecord(
                            actors.get(0), t.type(), actors.get(1), t.role(), t.start(), t.end(), t.provenance()));
        }
        List<ParticipationRecord> parts = new ArrayList<>();
        for (int i = 0; i < c.participations().size(); i++) {
            ParticipationRecord p = c.participations().get(i);
            parts.add(new ParticipationRecord(p.event(), actors.get(i), p.role(), p.detail(), p.provenance()));
        }
        return new Candidate(c.id(), c.event(), parts, null);
    }

    /** What a candidate node holds: the fact's kind, type, actors and roles, its event's title and date, provenance. */
    private static Map<String, Object> properties(Candidate c, UnaryOperator<String> idOf, Map<String, String> names) {
        Provenance p = c.provenance();
        Map<String, Object> props = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        if (c.tie() != null) {
            TieRecord t = c.tie();
            props.put("kind", "tie");
            props.put("type", t.type().code());
            ids.addAll(List.of(t.from(), t.to()));
            roles.addAll(List.of("from", "to"));
            props.put("detail", t.role());
        } else {
            EventRecord e = c.event();
            props.put("kind", "event");
            props.put("type", e.type().code());
            props.put("event", e.id());
            props.put("title", e.title());
            props.put("date", e.date() == null ? null : e.date().text());
            for (ParticipationRecord part : c.participations()) {
                ids.add(part.entity());
                roles.add(part.role().code());
            }
            props.put(
                    "detail",
                    c.participations().isEmpty()
                            ? null
                            : c.participations().get(0).detail());
        }
        props.put("actors", ids.stream().map(idOf).toList());
        props.put("roles", roles);
        props.put("names", ids.stream().map(id -> names.getOrDefault(id, id)).toList());
        props.put("source", p.source());
        props.put("quote", p.quote());
        props.put("producer", p.producer());
        props.put("confidence", p.confidence());
        props.put("startOffset", p.details().get("startOffset"));
        props.put("endOffset", p.details().get("endOffset"));
        props.put("sentence", p.details().get("sentence"));
        return props;
    }

    /** A candidate node read back into the records that write its fact. */
    @SuppressWarnings("unchecked")
    private static Held held(Map<String, Object> n, boolean sourceExists) {
        String kind = (String) n.get("kind");
        String type = (String) n.get("type");
        List<String> actors = (List<String>) n.get("actors");
        List<String> roles = (List<String>) n.get("roles");
        String detail = (String) n.get("detail");
        Map<String, Object> details = new HashMap<>();
        for (String key : List.of("startOffset", "endOffset", "sentence")) {
            if (n.get(key) != null) {
                details.put(key, n.get(key));
            }
        }
        Provenance p = new Provenance(
                (String) n.get("source"),
                (String) n.get("quote"),
                (String) n.get("producer"),
                ((Number) n.get("confidence")).doubleValue(),
                Map.copyOf(details));
        Candidate c;
        if (kind.equals("mention")) {
            // Which entity a short mention names: no fact of its own.
            c = new Candidate((String) n.get("id"), null, List.of(), null);
        } else if (kind.equals("tie")) {
            TieType tie = TieType.parse(type).orElseThrow(() -> new IllegalStateException("unknown tie type " + type));
            c = new Candidate(
                    (String) n.get("id"),
                    null,
                    List.of(),
                    new TieRecord(actors.get(0), tie, actors.get(1), detail, null, null, p));
        } else {
            EventType eventType =
                    EventType.parse(type).orElseThrow(() -> new IllegalStateException("unknown event type " + type));
            String eventId = (String) n.get("event");
            String date = (String) n.get("date");
            EventRecord event = new EventRecord(
                    eventId,
                    eventType,
                    date == null ? null : PartialDate.parse(date).orElse(null),
                    null,
                    null,
                    (String) n.get("title"),
                    null,
                    p);
            List<ParticipationRecord> parts = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                Role role = Role.parse(roles.get(i)).orElseThrow(() -> new IllegalStateException("unknown role"));
                parts.add(new ParticipationRecord(eventId, actors.get(i), role, i == 0 ? detail : null, p));
            }
            c = new Candidate((String) n.get("id"), event, parts, null);
        }
        Correction correction = kept(n);
        if (correction.isEmpty() || kind.equals("mention")) {
            return new Held(c, (String) n.get("status"), kind, type, actors, sourceExists);
        }
        Candidate fixed = corrected(c, correction);
        return new Held(
                fixed,
                (String) n.get("status"),
                kind,
                fixed.event() == null ? type : fixed.event().type().code(),
                correction.actors(),
                sourceExists);
    }
}
