package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.Role;

/**
 * What an event's role holds when a sentence fills it with no name of its own, in one place: a seat of power or a
 * capital that stands for its government ("pressed the Kremlin", "called on New Delhi"), a state's body named by
 * its demonym ("Guatemalan authorities", "the Turkish government") or bare ("asked the state", "the government",
 * the state the article speaks of most), all of them the state, as the curated data writes them. The words the
 * grammar reads ("both", "the two sides", "both ministers", "him") are taken to actors by {@link GrammarMatcher}
 * with the same tracker; a filler that stays unknown gives no actor. A filler the text reads to one actor (a name,
 * a description only one actor fits) makes a fact; one chosen among several that fit is a guess ({@link #guess}),
 * and its fact only a candidate: a bare "the authorities" as the state the article speaks of most when it names
 * more than one, "the sides", "both", "the parties" as the pair named most when it named more than one. On the
 * blind set holdout-10 both picked the wrong actors (docs/BENCHMARKS.md).
 */
final class RoleFillers {

    /** A state's body a role names instead of the state: its government, its authorities. */
    private static final Pattern STATE_BODY = Pattern.compile("(?i)^(\\p{L}[\\p{L}. ]*) (?:government|authorities)$");
    /** A state named by a common noun: "the state", "the government", "the authorities". */
    private static final Pattern BARE_STATE = Pattern.compile("^(?:state|government|authority|authorities)$");

    /**
     * The buildings a government is named by, which stand for its state as an event's actor but stay themselves
     * in a tie ("a Kremlin spokesman" speaks for the Kremlin). Capitals are the seats file's and the reference
     * list's ({@link Demonyms#stateOfSeat}).
     */
    private static final java.util.Map<String, String> GOVERNMENT_SEATS = java.util.Map.of(
            "kremlin", "Russia",
            "white house", "United States",
            "élysée", "France",
            "elysee", "France",
            "downing street", "United Kingdom");

    private RoleFillers() {}

    /**
     * The state an event's actor stands for, or null to keep the actor: an organization that is a seat ("Kremlin",
     * "White House") or a capital the model tagged as one, or a body named by a demonym and "government" or
     * "authorities".
     */
    static String stateFor(Actor actor) {
        if (actor.type != EntityType.ORGANIZATION || "state".equals(actor.kind)) {
            // A capital a rule read as a place stays one: "welcomed the Sanaa talks" names no participant.
            return null;
        }
        String seat =
                GOVERNMENT_SEATS.getOrDefault(actor.name.toLowerCase(Locale.ROOT), Demonyms.stateOfSeat(actor.name));
        if (seat != null) {
            return seat;
        }
        var body = STATE_BODY.matcher(actor.name);
        if ("government".equals(actor.kind) && body.matches()) {
            return Demonyms.country(body.group(1));
        }
        return null;
    }

    /** Whether a filler chosen from what fits is a guess: more than one fits (none gives no filler). */
    static boolean guess(java.util.Collection<?> fitting) {
        return fitting.size() > 1;
    }

    /** Whether a noun names the state itself, for a role that holds it bare: "asked the state to". */
    static boolean bareState(String lemma) {
        return BARE_STATE.matcher(lemma.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * An event's fact with each actor that stands for a state (not its place) taken to the state, which
     * {@code state} gives (null: the actor stays); an actor already in the fact stays once.
     */
    static Patterns.Found states(Patterns.Found found, java.util.function.IntFunction<Integer> state) {
        if (found.tie() != null || found.loneMediator()) {
            return found;
        }
        List<Integer> actors = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<EntityType> kinds = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < found.actors().size(); i++) {
            Integer actor = found.actors().get(i);
            Role role = found.roles().get(i);
            Integer standsFor = role == Role.LOCATION ? null : state.apply(actor);
            if (standsFor != null && !standsFor.equals(actor)) {
                actor = standsFor;
                changed = true;
            }
            if (!actors.contains(actor)) {
                actors.add(actor);
                roles.add(role);
                kinds.add(found.need(i));
            }
        }
        return changed
                ? new Patterns.Found(
                        found.event(),
                        null,
                        actors,
                        roles,
                        found.detail(),
                        found.confidence(),
                        kinds,
                        false,
                        found.rule())
                : found;
    }
}
