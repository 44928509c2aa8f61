package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventType;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieType;

/**
 * The phrasings of news reporting that state an event or a tie, over a sentence whose actors are placeholders
 * ({@code [E3]}). Each pattern says what it finds, the role of each actor it captures, what kinds of actor fit,
 * and how sure it is: a phrase that names the relation outright ("acted as the intermediary between") is
 * surer than one that only suggests it ("and").
 */
final class Patterns {

    /** One fact a sentence states: an event with its actors' roles, or a tie from the first actor to the second. */
    record Found(
            EventType event,
            TieType tie,
            List<Integer> actors,
            List<Role> roles,
            String detail,
            double confidence,
            List<EntityType> kinds,
            boolean loneMediator,
            String rule) {

        Found withDetail(String text) {
            return new Found(event, tie, actors, roles, text, confidence, kinds, loneMediator, rule);
        }

        Found withConfidence(double value) {
            return new Found(event, tie, actors, roles, detail, value, kinds, loneMediator, rule);
        }

        /** The same fact with only these actors in these roles. */
        Found with(List<Integer> newActors, List<Role> newRoles) {
            return new Found(event, tie, newActors, newRoles, detail, confidence, kinds, loneMediator, rule);
        }

        /** The kind of actor position {@code i} needs; null: any but a place. */
        EntityType need(int i) {
            return i < kinds.size() ? kinds.get(i) : null;
        }

        boolean fits(List<EntityType> types) {
            if (types.size() != actors.size() || actors.stream().distinct().count() != actors.size()) {
                return false;
            }
            for (int i = 0; i < types.size(); i++) {
                EntityType need = i < kinds.size() ? kinds.get(i) : null;
                if (need == null ? types.get(i) == EntityType.PLACE : types.get(i) != need) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A pattern and how to read its groups: the actor groups in role order (for a tie: from, then to), the group
     * of the detail (0: none), and the kinds of actor in the same order.
     */
    private record Rule(
            String id,
            Pattern pattern,
            EventType event,
            TieType tie,
            List<Role> roles,
            int[] actorGroups,
            int detailGroup,
            double confidence,
            List<EntityType> kinds) {}

    private static final String E = "(\\[E\\d+])";
    /** Where a clause's subject starts: "[E1] and [E2] met", not "... phoned [E1] and [E2] met". */
    private static final String CLAUSE =
            "(?:(?<=^)|(?<=, )|(?<=[,.!?][\"”] )|(?<=\\b(?:said|says|that|but|when|while|after|before) ))";

    private static final String LIST_END =
            "(?=[,.;:)]| (?:in|at|on|to|for|from|after|before|during|last|this|who|" + "whom|which|with)\\b|$)";
    private static final Pattern LIST_AFTER = Pattern.compile("(?:, \\[E\\d+])*,? and \\[E\\d+]" + LIST_END);
    /** A list before an actor starts a clause: at the start, after a comma, or after "said", "that", "and" ... */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?:^|, |(?i:\\b(?:said|says|that|and|but|when|while|"
            + "after|before|as|police|authorities) ))((?:\\[E\\d+], )*\\[E\\d+],? and )$");
    /** A denial right before what a pattern read: "[E1] denied (that) [E1] had met [E2]". */
    private static final Pattern DENIED =
            Pattern.compile("\\b(?:denied|denies|deny|denying|rejected reports)(?: that)? $", Pattern.CASE_INSENSITIVE);
    /** An actor's placeholder in a sentence; the group is its index. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\[E(\\d+)]");
    /** Up to three words between a subject and its verb: "Putin on November 18 called on". */
    private static final String GAP =
            "(?:(?!who |which |that |said |says |told |tells |never |not |n't |denied |denies |"
                    + "deny )[\\w,'-]+ ){0,4}?";

    private static final String A = "(?:an? |the )?";
    /** Titles and nationalities before a name: "called on Belarusian President [E1]". */
    private static final String TITLED = "(?:the )?(?:(?-i:[A-Z][\\w.-]*|\\[E\\d+]) ){0,3}";
    /** An appositive between a subject and its verb: "[E1], 32, a former footballer nominated by [E4],". */
    private static final String APPOSITIVE = "(?:, (?!whose )[^.;]{0,100}?,)?";

    private static final String LEADER = "(?:head|leader|chief|boss|founder|co-founder|chairman|chairwoman|chair|"
            + "president|director|commander|owner|secretary-general|general secretary|CEO|chief executive|prime minister|premier|"
            + "chancellor|king|queen|emir|dictator|strongman|ruler|chairperson)";
    /** What a person writes or works as for an organization: "bne IntelliNews columnist Mark Galeotti". */
    private static final String STAFF = "(?:contributor|columnist|correspondent|reporter|editor|journalist|analyst|"
            + "economist|researcher|fellow|professor|lecturer|writer|commentator|photographer|presenter|anchor|expert|"
            + "scholar|scientist|employee|engineer|lawyer)";

    private static final String SPOKESPERSON = "(?:spokesman|spokeswoman|spokesperson|press secretary|envoy|"
            + "representative|ambassador|coordinator|negotiator|emissary|point man)";
    /** A word of a title, or an actor in it: "Trump's [Middle East] envoy", "a [Caracas]-based analyst". */
    private static final String WORD =
            "(?:(?!(?:with|to|for|of|and|or|by|from|at|on|in|the|a|an|said|told|meeting|meetings|"
                    + "talks|call|calls|visit|trip|letter|message)\\b)[\\w-]+|\\[E\\d+](?:-[\\w]+)?)";
    /** A word before an organization's name: "the ruling [E1]", "the [E2]-based [E1]". */
    private static final String ORG_BEFORE =
            "(?:\\[E\\d+]-based |(?-i:ruling|governing|opposition|main|banned|now-banned|"
                    + "nationalist|liberal|conservative|populist|far-right|far-left|centre-right|centre-left|pro-\\w+) )?";
    /** An organization's owner before it: "the opposition's Coordination Council". */
    private static final String OWNED = "(?:the )?(?:\\[E\\d+]'s )?";

    private static final String RELATIVE = "(husband|wife|spouse|son|daughter|brother|sister|father|mother|"
            + "cousin|nephew|niece|uncle|aunt|son-in-law|daughter-in-law|father-in-law)";
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        List<Role> mediatorAndParties = List.of(Role.MEDIATOR, Role.PARTY, Role.PARTY);
        event(
                E + " " + GAP + "(?:acted|served|stepped in|emerged|was) as " + A
                        + "(?:intermediary|mediator|go-between|" + "broker|middleman|peacemaker) (?:between|for) " + E
                        + " and " + E,
                EventType.MEDIATION,
                mediatorAndParties,
                0.95,
                1,
                2,
                3);
        event(
                E + " " + GAP + "(?:brokered|mediated|negotiated|facilitated) " + A + "(?:[\\w-]+ ){0,2}?"
                        + "(?:deal|agreement|truce|ceasefire|settlement|compromise|talks|exchange|swap|accord|dialogue)? ?"
                        + "between " + E + " and " + E,
                EventType.MEDIATION,
                mediatorAndParties,
                0.9,
                1,
                2,
                3);
        event(
                E + " " + GAP + "mediated between " + E + " and " + E,
                EventType.MEDIATION,
                mediatorAndParties,
                0.95,
                1,
                2,
                3);
        event(
                "(?:mediation|intercession) (?:by|of) " + E + " between " + E + " and " + E,
                EventType.MEDIATION,
                mediatorAndParties,
                0.9,
                1,
                2,
                3);
        event(
                E + " and " + TITLED + E
                        + " [^.;]{0,160}?(?:deal|agreement|accord|declaration|truce|ceasefire|settlement|"
                        + "exchange|swap) (?:was )?(?:brokered|mediated|facilitated) by " + TITLED + E,
                EventType.MEDIATION,
                List.of(Role.PARTY, Role.PARTY, Role.MEDIATOR),
                0.85,
                1,
                2,
                3);
        event(
                "^By (?:acting|serving|stepping in) as " + A + "(?:intermediary|mediator|go-between|broker)\\b.*?, " + E
                        + " [^\\[]*?(?:both |between )" + E + " and " + E,
                EventType.MEDIATION,
                mediatorAndParties,
                0.9,
                1,
                2,
                3);
        // The mediator alone: the actors named after the phrase are taken as the parties (see match).
        // The parties are a guess: held for review.
        event(
                E + " (?:acted|served|stepped in) as " + A + "(?:intermediary|mediator|go-between)s?\\b",
                EventType.MEDIATION,
                List.of(Role.MEDIATOR),
                0.65,
                1);
        event(
                E + " (?:was|is|has been|were) (?:widely |also )?credited with (?:negotiating|brokering|mediating|"
                        + "securing) " + A + "(?:[\\w-]+ )?(?:deal|agreement|truce|ceasefire|settlement|compromise)",
                EventType.MEDIATION,
                List.of(Role.MEDIATOR),
                0.8,
                1);

        event(
                E + " " + GAP + "(?:call(?:s|ed|ing)? on|urg(?:es|ed|ing)|appeal(?:s|ed|ing)? to|implor(?:es|ed)|"
                        + "press(?:es|ed)|ask(?:s|ed)|push(?:es|ed)|pressur(?:es|ed)) " + TITLED + E
                        + APPOSITIVE + " to ([^.;:!?]{3,120})",
                EventType.APPEAL,
                List.of(Role.INITIATOR, Role.TARGET),
                0.9,
                1,
                2,
                -3);
        // Whom the appeal is to is no actor: "[E1] called on students to return to lectures".
        event(
                E
                        + " (?:(?!who |which |that |said |says |told |tells |never |not |n't |was |were |been |being |is |are |"
                        + "denied |denies )[\\w'-]+ ){0,3}?(?:call(?:s|ed)? on|"
                        + "urg(?:es|ed)|appeal(?:s|ed)? to|implor(?:es|ed)) "
                        + "((?!the )(?:(?!\\[E|\\bto\\b)[^.;:!?]){3,50}? to [^.;:!?\\[]{3,120})",
                EventType.APPEAL,
                List.of(Role.INITIATOR),
                0.7,
                1,
                -2);
        event(
                E + " " + GAP + "(?:appeal(?:s|ed|ing)?|turn(?:s|ed)) to " + TITLED + E
                        + " for (help|assistance|support|aid|"
                        + "protection|military help|military assistance|troops|mediation)",
                EventType.APPEAL,
                List.of(Role.INITIATOR, Role.TARGET),
                0.8,
                1,
                2,
                -3);
        event(
                E + " " + GAP + "(?:appealed|called) for (?:[^.;]{0,40}?)between " + E + " and " + E,
                EventType.APPEAL,
                List.of(Role.INITIATOR, Role.TARGET, Role.TARGET),
                0.6,
                1,
                2,
                3);

        List<Role> pair = List.of(Role.PARTICIPANT, Role.PARTICIPANT);
        event(
                E + " " + GAP + "(?:met|meets|met with|meets with|held talks with|holds talks with|"
                        + "sat down with|talked with|spoke with) " + TITLED + E,
                EventType.MEETING,
                pair,
                0.85,
                1,
                2);
        event(
                E + " " + GAP + "(?:hosted|received|welcomed|(?:held|holds|hosted|convened) (?:a |an )?(?:[\\w-]+ )?"
                        + "(?:meeting|talks|summit)(?: [^.;\\[]{0,40}?)? with(?: [a-z]+)?) " + TITLED + E + "(?!')",
                EventType.MEETING,
                List.of(Role.HOST, Role.PARTICIPANT),
                0.85,
                1,
                2);
        event(
                "(?:talks|a meeting|meeting|a summit|summit|negotiations) (?:between|of) " + E + " and " + E,
                EventType.MEETING,
                pair,
                0.8,
                1,
                2);
        event(CLAUSE + E + " and " + E + " (?:met|held talks|sat down|talked)", EventType.MEETING, pair, 0.85, 1, 2);
        // "[E1] released them after a surprise meeting in [E2] with [E3]", "[E1] told reporters after meeting [E2]";
        // not "after meeting [E3] envoy [E4]", whose envoy was met.
        event(
                CLAUSE + TITLED + E
                        + " [^.;\\[]{0,80}?\\bafter (?:(?:a |an |the )?(?:[\\w-]+ )?(?:meeting|talks) (?:in \\[E\\d+] )?with|meeting) "
                        + TITLED + E
                        + "(?!'| (?:[\\w-]+ )?(?:envoy|adviser|aide|spokesman|spokeswoman|minister|officials?|"
                        + "delegation|representative|negotiators?|lawyer))",
                EventType.MEETING,
                pair,
                0.75,
                1,
                2);
        event(
                E + " " + GAP + "(?:phoned|telephoned|called) " + TITLED + E + "(?! to |'| an? | the )",
                EventType.PHONE_CALL,
                List.of(Role.INITIATOR, Role.TARGET),
                0.8,
                1,
                2);
        event(
                E + " " + GAP
                        + "(?:(?:spoke|spoken|talked) by (?:phone|telephone) (?:to|with)|had a (?:phone|telephone) (?:call|conversation) "
                        + "with|held a (?:phone|telephone) call with) " + TITLED + E,
                EventType.PHONE_CALL,
                List.of(Role.INITIATOR, Role.TARGET),
                0.8,
                1,
                2);
        event(
                E + " (?:(?!\\b(?:ready|plans?|planning|wants?|hopes?|would|will|could|may|might|offered|expected|"
                        + "invited)\\b)(?:[^.;\\[]|(?<=(?:to|in) )\\[E\\d+])){0,60}?for (?:talks|a meeting|a summit|negotiations) with "
                        + TITLED + E,
                EventType.MEETING,
                pair,
                0.8,
                1,
                2);
        event(
                E + " (?:was|were) (?:received|welcomed|hosted) in " + E + " by " + TITLED + E,
                EventType.VISIT,
                List.of(Role.INITIATOR, Role.LOCATION, Role.HOST),
                0.85,
                kinds(null, EntityType.PLACE),
                1,
                2,
                3);
        event(
                E + " (?:was|were) (?:received|welcomed|hosted) by " + TITLED + E,
                EventType.MEETING,
                List.of(Role.PARTICIPANT, Role.HOST),
                0.8,
                1,
                2);
        event(
                E + ", who (?:welcomed|received|hosted|met) " + TITLED + E,
                EventType.MEETING,
                List.of(Role.HOST, Role.PARTICIPANT),
                0.8,
                1,
                2);

        List<Role> visitor = List.of(Role.INITIATOR, Role.LOCATION);
        event(
                E + "(?:'s|') (?:\\w+ ){0,2}?(?:visit|trip) to " + E,
                EventType.VISIT,
                visitor,
                0.85,
                kinds(null, EntityType.PLACE),
                1,
                2);
        event(
                "(?:visit|trip) (?:of|by) " + TITLED + E + " to " + E,
                EventType.VISIT,
                visitor,
                0.85,
                kinds(null, EntityType.PLACE),
                1,
                2);
        event(
                E + " " + GAP + "(?:visited|travell?ed to|flew to|paid a visit to) " + E,
                EventType.VISIT,
                visitor,
                0.8,
                kinds(null, EntityType.PLACE),
                1,
                2);
        event(
                E + APPOSITIVE + " [^.;\\[]{0,100}? and (?:later |then |also )?(?:visited|travell?ed to|flew to) " + E,
                EventType.VISIT,
                visitor,
                0.75,
                kinds(null, EntityType.PLACE),
                1,
                2);
        // Arriving somewhere may be a visit, a move or an escape: held for review.
        event(
                E + " " + GAP + "(?:arrived|landed) in " + E,
                EventType.VISIT,
                visitor,
                0.6,
                kinds(null, EntityType.PLACE),
                1,
                2);

        // Arrests, sentences, releases, appointments: extract/rules/{arrest,sentence,release,appointment}.rules;
        // the parse of "[E1]'s coming to power" has no usable shape, so that one stays an expression.
        event(
                E + "(?:'s|') (?:coming|rise|accession|return) to power",
                EventType.APPOINTMENT,
                List.of(Role.TARGET),
                0.75,
                kinds(EntityType.PERSON),
                1);
        // Not "the head of [Russia]'s airborne forces": that is something of Russia's.
        tie(
                E + ", " + A + "(?:(?!deputy|vice|assistant)[\\w-]+ ){0,3}?(?:" + LEADER + "|speaker) of " + A + E
                        + "(?!')",
                TieType.LEADS,
                0.9,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + ", " + A + "(?:former )?(?:deputy|vice|assistant) (?:[\\w-]+ )?" + LEADER + " of " + A + E,
                TieType.MEMBER_OF,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // Not "[Iran]'s parliament speaker", "[Russia]'s defence chief": a post of the state's, not its head.
        tie(
                E + "(?:'s|') (?:(?!parliament |parliamentary |defen[cs]e |army |military |foreign |finance |interior |"
                        + "security |intelligence |spy |central |state |deputy |vice |former |acting |police |party |regional )"
                        + "[\\w-]+ )?" + LEADER + "(?: and (?:[\\w-]+ ){0,2}?minister)?,? " + TITLED + E,
                TieType.LEADS,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E + ", " + A + E + "(?:'s|') (?:(?!former |ex-|deputy |vice |assistant |acting )[\\w-]+ )?" + LEADER
                        + "\\b(?! of)",
                TieType.LEADS,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // "[EU] foreign policy chief [E2]": a post of the organization's, not its head.
        tie(
                E
                        + " ((?!(?:said|says|told|tells|and|or|but|as|when|while|with|by|to|from|of|for|after|before|the|a|an|"
                        + "is|was|has|had) )(?-i:[a-z][\\w-]* ){1,2}(?:chief|head|commissioner|czar|tsar)) " + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                3,
                1,
                2);
        tie(
                E + "(?:'s|') ((?:deputy )?chief of staff),? " + TITLED + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, null),
                3,
                1,
                2);
        // A state's or a government's minister: "[Hungary]'s foreign minister, [E2]".
        tie(
                E + "(?:'s|') ((?:(?!prime )[\\w-]+ ){0,2}minister),? " + TITLED + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                3,
                1,
                2);
        tie(
                "(?<!former |ex-|late )" + E + " " + LEADER + ",? " + E,
                TieType.LEADS,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                "(?:^|, )" + A + LEADER + " of " + A + E + ", " + E,
                TieType.LEADS,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E + ",? (?:which is |which was |now )?(?:headed|led|run|chaired|commanded|founded) by " + TITLED + E,
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E
                        + ",(?: [^.;]{0,100}?)? who (?:(?:has |had )?(?:heads|headed|leads|led|founded|runs|ran|chairs|chaired|"
                        + "governs|governed)|(?:has|had) ruled) " + A + ORG_BEFORE + E + "(?!')",
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // "who ruled [E2] from 1989": a ruler; "ruled the administration had acted": a judge.
        tie(
                E + ",(?: [^.;]{0,100}?)? who ruled " + A + E + "(?= (?:from|for|since|until|between)\\b)",
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // "[E1] took over as chairman of [E2]", "[E1] stepped down as head of [E2]", "[E1] was elected leader of [E2]".
        tie(
                E + " " + GAP
                        + "(?:took over|takes over|has taken over|became|becomes|has become|was named|was appointed|"
                        + "was elected|is elected|stepped down|steps down|resigned|resigns|quit)(?: from " + TITLED
                        + "\\[E\\d+])?"
                        + "(?: on \\w+(?: \\d+)?)? (?:as )?" + A + "(?:(?!deputy|vice|assistant)[\\w-]+ )?" + LEADER
                        + " of " + A + E
                        + "(?!')",
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // "Orban's Fidesz party": a person's party is the one the person leads.
        tie(
                E + "(?:'s|') " + E + " (?:party|movement|bloc)\\b",
                TieType.LEADS,
                0.7,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + "(?: \\(\\[E\\d+]\\))?, which " + E
                        + " (?:heads|headed|leads|led|founded|runs|ran|chairs|chaired) ",
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E + " " + GAP + "(?:heads|headed|leads|led|founded|runs|ran|commands|commanded|chairs|chaired|"
                        + "has ruled|had ruled|has led|governs|governed) " + A + ORG_BEFORE + E,
                TieType.LEADS,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + ", " + A + "(?:[\\w-]+ )?(?:member|deputy|MP|lawmaker|activist|officer|official) (?:of|in|from) "
                        + A + E,
                TieType.MEMBER_OF,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + ",? (?:who )?(?:is|was|became|has been) " + A + "(?:[\\w-]+ )?member of " + OWNED + E,
                TieType.MEMBER_OF,
                0.85,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        // "[E1], whose [E2] is seeking a majority": the party of a person's.
        tie(
                E
                        + ", whose (?:(?-i:own|ruling|governing|new|centrist|pro-\\w+|anti-\\w+|nationalist|liberal|conservative|"
                        + "populist|far-right|far-left|centre-right|centre-left|opposition) )?" + E + "(?!'| and)",
                TieType.MEMBER_OF,
                0.7,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + ",? who (?:joined|has joined|had joined) " + OWNED + E,
                TieType.MEMBER_OF,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + "(?:,[^.;]{0,100}?,)? (?:was|is) one of (?:the )?(?:[\\w-]+ ){0,2}?" + E
                        + " (?:leaders|members|figures|" + "politicians|activists|founders)",
                TieType.MEMBER_OF,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + " (?:politician|activist|figure|lawmaker|MP|member|deputy|official|militant|fighter|commander) "
                        + E,
                TieType.MEMBER_OF,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E + " (?:[\\w-]+ )?" + STAFF + " " + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                2,
                1);
        tie(
                E + ",? (?:who is |is )?(?:a |an |the )?(?:[\\w-]+ |\\[E\\d+]-based ){0,4}?" + STAFF
                        + "(?: [^.;\\[]{0,60}?)? (?:at|with) " + A + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                1,
                2);
        tie(
                E + "(?:'s|') (?:" + WORD + " ){0,3}?" + SPOKESPERSON + "(?: for [\\w -]{3,40}?)?,? " + TITLED + E,
                TieType.REPRESENTS,
                0.85,
                kinds(EntityType.PERSON),
                2,
                1);
        tie(
                E + ", " + TITLED + E + "(?:'s|') (?:" + WORD + " ){0,3}?" + SPOKESPERSON + "\\b",
                TieType.REPRESENTS,
                0.85,
                kinds(EntityType.PERSON),
                1,
                2);
        tie(
                E + " (?:[\\w-]+ )?(?:delegation|negotiators|negotiating team) (?:was |were )?(?:led|headed) by "
                        + TITLED + E,
                TieType.REPRESENTS,
                0.8,
                kinds(EntityType.PERSON),
                2,
                1);
        // A state's minister: "[Hungary] Foreign Minister [E2]", "[US] Secretary of State [E3]".
        tie(
                E + " ((?!Prime Minister)(?-i:[A-Z][\\w-]+ ){0,2}(?:Minister|Secretary)(?: of (?-i:[A-Z][\\w-]+))?) "
                        + E,
                TieType.EMPLOYED_BY,
                0.8,
                kinds(EntityType.PERSON, EntityType.ORGANIZATION),
                3,
                1,
                2);
        tie(E + " (?:[\\w-]+ )?" + SPOKESPERSON + " " + E, TieType.REPRESENTS, 0.85, kinds(EntityType.PERSON), 2, 1);
        tie(
                E + ", " + A + E + " (?:[\\w-]+ )?" + SPOKESPERSON + "\\b",
                TieType.REPRESENTS,
                0.85,
                kinds(EntityType.PERSON),
                1,
                2);
        tie(
                E + ",? (?:who is |is |was )?" + A + "(?:[\\w-]+ )?" + SPOKESPERSON + " (?:for|of|to) " + OWNED + E,
                TieType.REPRESENTS,
                0.85,
                kinds(EntityType.PERSON),
                1,
                2);
        tie(
                E + ", " + A + "(?:[\\w-]+ ){0,4}?(?:adviser|advisor|aide|counsellor|counselor) (?:to|of|for) " + A
                        + TITLED + E + "(?!')",
                TieType.ADVISES,
                0.9,
                kinds(EntityType.PERSON),
                1,
                2);
        tie(
                E + "(?:'s|') (?:" + WORD + " ){0,3}?(?:adviser|advisor|aide),? " + TITLED + E,
                TieType.ADVISES,
                0.85,
                kinds(EntityType.PERSON, null),
                2,
                1);
        tie(
                E + ", " + TITLED + E + "(?:'s|') (?:" + WORD + " ){0,3}?(?:adviser|advisor|aide)\\b",
                TieType.ADVISES,
                0.85,
                kinds(EntityType.PERSON, null),
                1,
                2);
        tie(E + " (?:advised|advises|has advised) " + E, TieType.ADVISES, 0.8, kinds(EntityType.PERSON), 1, 2);
        tie(
                E + ", (?:a |an )[^.;]{0,150}? who (?:[^.;]{0,100}? and )?(?:advised|advises|has advised) (?:the )?"
                        + E,
                TieType.ADVISES,
                0.8,
                kinds(EntityType.PERSON),
                1,
                2);
        tie(
                E + "(?:'s|') (?:\\w+ )?" + RELATIVE + ",? " + E,
                TieType.FAMILY,
                0.85,
                kinds(EntityType.PERSON, EntityType.PERSON),
                1,
                3,
                2);
        tie(
                E
                        + "(?:, [^.;\\[]{0,60}?,?)? (?:who is |is |was |who was |has been )?(married to|the (?:husband|wife) of) "
                        + TITLED + E + "(?!'| (?:[\\w-]+ )?" + RELATIVE + ")",
                TieType.FAMILY,
                0.85,
                kinds(EntityType.PERSON, EntityType.PERSON),
                1,
                3,
                2);
        tie(
                E + ", " + A + "(?:\\w+ )?" + RELATIVE + " of " + E,
                TieType.FAMILY,
                0.85,
                kinds(EntityType.PERSON, EntityType.PERSON),
                3,
                1,
                2);
        tie(
                E + "(?:'s|') (?:close |key |main |closest |staunch |loyal )?(?:ally|allies),? " + E,
                TieType.ALLY_OF,
                0.8,
                List.of(),
                1,
                2);
        tie(
                E + " (?:is|remains|was|has been) " + A
                        + "(?:close |key |main |crucial |staunch |loyal )?ally (?:of|for|to) " + E,
                TieType.ALLY_OF,
                0.8,
                List.of(),
                1,
                2);
        tie(
                E + "(?:,| (?:is|remains|was|has been|became)) " + A + E
                        + "(?:'s|') (?:(?!former |ex-)[\\w-]+ ){0,2}?ally\\b",
                TieType.ALLY_OF,
                0.8,
                List.of(),
                1,
                2);
        tie(
                E + ",(?! \\[E)(?:(?!, \\[E| who | which | whom | and \\[E)[^.;]){0,80}? " + A
                        + "(?:close |key |main |longtime |long-time |staunch |"
                        + "loyal |political |old )*ally (?:of|to) "
                        + TITLED + E,
                TieType.ALLY_OF,
                0.8,
                List.of(),
                1,
                2);
        tie(
                E + ",(?! \\[E)(?:(?!, \\[E| who | which | and \\[E)[^.;]){0,100}? (?:and )?(?:a|an) (?:[\\w-]+ )?" + E
                        + " ally\\b",
                TieType.ALLY_OF,
                0.75,
                List.of(),
                1,
                2);
        tie(
                E + " " + GAP + "(?:losing|lose|keep|keeping|regards?|regarded|sees?|saw|considers?|considered) " + E
                        + " as (?:an? |his |her |its |their )?(?:[\\w-]+ )?ally",
                TieType.ALLY_OF,
                0.8,
                List.of(),
                2,
                1);
        tie(E + " (?:backed|supported|supports|backs|sided with) " + E, TieType.SUPPORTS, 0.65, List.of(), 1, 2);
        tie(E + " (?:opposed|opposes|denounced|condemned) " + E, TieType.OPPOSES, 0.65, List.of(), 1, 2);
    }

    private Patterns() {}

    /**
     * Every fact the rules find in a sentence with placeholders that {@code fits} its actors, the surest first for
     * each span of text: a fact whose actors an earlier one has is left out.
     */
    static List<Found> match(String template, java.util.function.Predicate<Found> fits) {
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(template);
            while (m.find()) {
                List<Integer> actors = indexes(m, rule.actorGroups());
                if (actors.size() != rule.actorGroups().length
                        || rule.event() != null
                                && DENIED.matcher(template.substring(Math.max(0, m.start() - 30), m.start()))
                                        .find()) {
                    // "[E1] denied [E1] had spoken by phone with [E2]": what is denied did not happen.
                    continue;
                }
                String detail = rule.detailGroup() > 0 && m.group(rule.detailGroup()) != null
                        ? m.group(rule.detailGroup()).strip()
                        : null;
                List<Role> roles = rule.roles();
                boolean lone = rule.event() == EventType.MEDIATION && roles.size() == 1;
                if (lone) {
                    // A mediator named alone: the parties are the actors named after the phrase.
                    roles = new ArrayList<>(roles);
                    Matcher after = PLACEHOLDER.matcher(template).region(m.end(), template.length());
                    while (after.find() && actors.size() < 4) {
                        int index = Integer.parseInt(after.group(1));
                        if (!actors.contains(index)) {
                            actors.add(index);
                            roles.add(Role.PARTY);
                        }
                    }
                }
                List<EntityType> kinds = rule.kinds();
                if (rule.event() != null && !lone) {
                    roles = new ArrayList<>(roles);
                    kinds = new ArrayList<>();
                    for (int i = 0; i < actors.size(); i++) {
                        kinds.add(i < rule.kinds().size() ? rule.kinds().get(i) : null);
                    }
                    listed(template, m, rule, actors, roles, kinds);
                }
                Found f = new Found(
                        rule.event(), rule.tie(), actors, roles, detail, rule.confidence(), kinds, lone, rule.id());
                boolean known = found.stream()
                        .anyMatch(g -> g.event() == f.event()
                                && g.tie() == f.tie()
                                && g.actors().containsAll(f.actors()));
                if (!known && fits.test(f)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /**
     * Adds the actors listed with one the pattern matched, in the same role: "released [E1], [E2] and [E3]",
     * "[E1] and [E2] were detained". A list ends with "and" and its last actor, before a comma, a full stop or a
     * preposition, so that "[E1] met [E2] and [E3] said" lists nobody.
     */
    private static void listed(
            String template, Matcher m, Rule rule, List<Integer> actors, List<Role> roles, List<EntityType> kinds) {
        int shift = 0;
        for (int i = 0; i < rule.actorGroups().length && i < rule.roles().size(); i++) {
            int group = rule.actorGroups()[i];
            Role role = rule.roles().get(i);
            EntityType kind = i < rule.kinds().size() ? rule.kinds().get(i) : null;
            Matcher before = LIST_BEFORE.matcher(template.substring(0, m.start(group)));
            if (before.find()) {
                shift += add(before.group(1), role, kind, actors, roles, kinds, i + shift);
            }
            Matcher after = LIST_AFTER.matcher(template).region(m.end(group), template.length());
            if (after.lookingAt()) {
                add(after.group(), role, kind, actors, roles, kinds, actors.size());
            }
        }
    }

    /** Inserts the listed actors at {@code at}, in their order, with the role and kind of the one listed with; says how many. */
    private static int add(
            String list,
            Role role,
            EntityType kind,
            List<Integer> actors,
            List<Role> roles,
            List<EntityType> kinds,
            int at) {
        Matcher p = PLACEHOLDER.matcher(list);
        int added = 0;
        while (p.find()) {
            int index = Integer.parseInt(p.group(1));
            if (!actors.contains(index)) {
                actors.add(at + added, index);
                roles.add(at + added, role);
                kinds.add(at + added, kind);
                added++;
            }
        }
        return added;
    }

    /** The placeholder indexes a pattern's groups matched, in order. */
    private static List<Integer> indexes(Matcher m, int... groups) {
        List<Integer> out = new ArrayList<>();
        for (int g : groups) {
            Matcher p = PLACEHOLDER.matcher(m.group(g));
            if (p.matches()) {
                out.add(Integer.parseInt(p.group(1)));
            }
        }
        return out;
    }

    /** A regular expression's id, by its family and its place in it: "patterns.meeting-3". */
    private static String id(String family) {
        long n = RULES.stream()
                .filter(r -> r.id().startsWith("patterns." + family + "-"))
                .count();
        return "patterns." + family + "-" + (n + 1);
    }

    private static List<EntityType> kinds(EntityType... kinds) {
        return java.util.Arrays.asList(kinds);
    }

    private static void event(String regex, EventType type, List<Role> roles, double confidence, int... groups) {
        event(regex, type, roles, confidence, List.of(), groups);
    }

    private static void event(
            String regex, EventType type, List<Role> roles, double confidence, List<EntityType> kinds, int... groups) {
        int detail = 0;
        List<Integer> actors = new ArrayList<>();
        for (int g : groups) {
            if (g < 0) {
                detail = -g;
            } else {
                actors.add(g);
            }
        }
        RULES.add(new Rule(
                id(type.code()),
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                type,
                null,
                roles,
                actors.stream().mapToInt(Integer::intValue).toArray(),
                detail,
                confidence,
                kinds));
    }

    private static void tie(String regex, TieType type, double confidence, List<EntityType> kinds, int from, int to) {
        tie(regex, type, confidence, kinds, from, to, 0);
    }

    /** A tie whose {@code detail} group says how (husband, sister): the relative's word, seen from {@code from}. */
    private static void tie(
            String regex, TieType type, double confidence, List<EntityType> kinds, int from, int to, int detail) {
        RULES.add(new Rule(
                id(type.code()),
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                null,
                type,
                List.of(),
                new int[] {from, to},
                detail,
                confidence,
                kinds));
    }
}
