package org.influencegraph.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence names a city as an actor ("Minsk answered", "brokered by Beijing", "sending weapons to Kyiv",
 * "messages between Washington and Tehran") or as where something is ("in Vilnius", "visited Riyadh", "a march on
 * Moscow", "the Vilnius summit"). An article's verdict on a city is that of most of its sentences that name it,
 * the byline's dateline left out: only then is a capital taken for its state, or a seat for its body.
 */
public final class PlaceUse {

    /** Words before a city that make it a place: "in Minsk", "visited Riyadh". */
    private static final Set<String> LOCATIVE = Set.of(
            "in",
            "at",
            "from",
            "near",
            "into",
            "outside",
            "across",
            "via",
            "through",
            "on",
            "around",
            "over",
            "of",
            "inside",
            "within",
            "visited",
            "visit",
            "visits",
            "visiting",
            "reached",
            "left",
            "leaving",
            "leave",
            "outskirts",
            "streets",
            "downtown",
            "central",
            "capital");
    /** Words before "to" that make it a way somewhere ("flew to Moscow"), not a recipient ("a message to Moscow"). */
    private static final Set<String> MOTION = Set.of(
            "flew",
            "fly",
            "flies",
            "flying",
            "flown",
            "flight",
            "flights",
            "went",
            "go",
            "goes",
            "going",
            "travelled",
            "traveled",
            "travel",
            "travels",
            "trip",
            "trips",
            "visit",
            "came",
            "come",
            "comes",
            "returned",
            "return",
            "returning",
            "back",
            "moved",
            "move",
            "fled",
            "flee",
            "headed",
            "head",
            "way",
            "road",
            "route",
            "march",
            "marched",
            "drove",
            "deported",
            "relocated",
            "arrived",
            "journey",
            "shuttled",
            "shuttling",
            "shuttle",
            "shuttles",
            "train",
            "bus",
            "ferry",
            "border",
            "closer",
            "near",
            "next",
            "close",
            "en");
    /** Verbs of being carried somewhere: "brought to", "driven to" the city is a place. */
    private static final Set<String> CARRIED =
            Set.of("brought", "taken", "driven", "flown", "carried", "transferred", "escorted", "diverted");
    /** Verbs of leaving before "for": "left for Warsaw" names where one goes. */
    private static final Set<String> DEPARTED =
            Set.of("left", "leave", "leaves", "leaving", "departed", "bound", "headed", "sailed", "set");

    /** Words before "on" that make the city a target of pressure, not a place ("sanctions on Moscow"). */
    private static final Set<String> PRESSURE = Set.of(
            "pressure",
            "sanctions",
            "demands",
            "call",
            "calls",
            "called",
            "impose",
            "imposed",
            "imposes",
            "rely",
            "relies",
            "relied",
            "depend",
            "depends",
            "depended",
            "focus",
            "leverage",
            "restrictions",
            "tariffs",
            "war",
            "bet");
    /** Words before "from" that make the city a sender ("a message from Moscow"), not a place one leaves. */
    private static final Set<String> SENT = Set.of(
            "message",
            "messages",
            "letter",
            "call",
            "calls",
            "signal",
            "signals",
            "pressure",
            "demand",
            "demands",
            "request",
            "requests",
            "offer",
            "offers",
            "response",
            "reply",
            "support",
            "aid",
            "help",
            "warning",
            "warnings",
            "threat",
            "threats",
            "order",
            "orders",
            "approval",
            "permission",
            "backing",
            "funding",
            "money",
            "loans",
            "weapons",
            "arms",
            "guarantees",
            "assurances",
            "invitation",
            "objections",
            "resistance",
            "criticism",
            "protest",
            "protests",
            "concessions");
    /** Words before "at" that make the city a target ("a jab at Washington"), not a place. */
    private static final Set<String> AIMED = Set.of(
            "aimed",
            "directed",
            "angry",
            "furious",
            "pointed",
            "swipe",
            "jab",
            "dig",
            "lashed",
            "lashing",
            "hit",
            "hitting",
            "struck",
            "striking",
            "fired",
            "shot",
            "glared");
    /** Words after a city that make it a place or an attribute: "the Vilnius summit", "Kyiv airport". */
    private static final Set<String> ATTRIBUTE = Set.of(
            "summit",
            "summits",
            "talks",
            "meeting",
            "meetings",
            "conference",
            "agreement",
            "accords",
            "accord",
            "format",
            "process",
            "protocol",
            "airport",
            "office",
            "bureau",
            "correspondent",
            "residents",
            "resident",
            "region",
            "suburb",
            "suburbs",
            "streets",
            "mayor",
            "city",
            "metro",
            "university",
            "embassy",
            "court",
            "district",
            "stock",
            "exchange",
            "time");
    /** A byline's dateline ("By Pavel Sorokin in Riga June 27, 2023"): where the writer was, not what acted. */
    private static final Pattern DATELINE = Pattern.compile("^By \\p{Lu}[\\p{L}.'’ -]{0,80}? in \\p{Lu}");

    private PlaceUse() {}

    /** Whether {@code sentence} is a byline with its dateline, which says nothing of how the city acts. */
    public static boolean dateline(String sentence) {
        return DATELINE.matcher(sentence.strip()).find();
    }

    /** Whether {@code sentence} names {@code name} as a word of its own. */
    public static boolean names(String sentence, String name) {
        return word(name).matcher(sentence).find();
    }

    /** Whether {@code word} stands in {@code sentence} as an item of a list: followed by a comma. */
    private static boolean listed(String sentence, String word) {
        return !word.isEmpty()
                && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + ",")
                        .matcher(sentence)
                        .find();
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])");
    }

    /**
     * Whether the first naming of {@code name} in {@code sentence} names it as an actor; false when the sentence does
     * not name it.
     */
    public static boolean acting(String sentence, String name) {
        Matcher m = word(name).matcher(sentence);
        if (!m.find()) {
            return false;
        }
        String[] after = sentence.substring(m.end()).strip().split("[^\\p{L}'’]+", 3);
        String next = after.length > 0 && !after[0].isEmpty() ? after[0] : after.length > 1 ? after[1] : "";
        if (ATTRIBUTE.contains(next.toLowerCase(Locale.ROOT))
                && !sentence.substring(m.end()).startsWith(",")) {
            return false;
        }
        String[] before = sentence.substring(0, m.start()).strip().split("[^\\p{L}'’]+");
        int i = before.length - 1;
        if (i >= 2 && (before[i].equals("and") || before[i].equals("or"))) {
            // "in Minsk and Moscow": the word before the first of the pair.
            i -= 2;
        }
        // "between Belgrade, Zagreb and Sarajevo": the word before the first of a list of names.
        while (i >= 1 && listed(sentence, before[i]) && Character.isUpperCase(before[i].charAt(0))) {
            i--;
            if (i >= 1 && (before[i].equals("and") || before[i].equals("or"))) {
                i--;
            }
        }
        if (i >= 1 && (before[i].equals("both") || before[i].equals("either"))) {
            i--;
        }
        if (i < 0 || before[i].isEmpty()) {
            return true;
        }
        String word = before[i].toLowerCase(Locale.ROOT);
        String prior = i >= 1 ? before[i - 1].toLowerCase(Locale.ROOT) : "";
        if (word.equals("to") || word.equals("towards") || word.equals("toward")) {
            // "flew on to Vilnius": the verb before its particle; "from Athens to Vilnius": a route.
            String verb = (prior.equals("on") || prior.equals("back")) && i >= 2
                    ? before[i - 2].toLowerCase(Locale.ROOT)
                    : prior;
            boolean route =
                    i >= 2 && before[i - 2].equalsIgnoreCase("from") && Character.isUpperCase(before[i - 1].charAt(0));
            return !MOTION.contains(verb) && !CARRIED.contains(verb) && !route;
        }
        if (word.equals("for") && DEPARTED.contains(prior)) {
            // "has left for Warsaw".
            return false;
        }
        if (word.equals("on")) {
            return PRESSURE.contains(prior);
        }
        if (word.equals("from")) {
            return SENT.contains(prior);
        }
        if (word.equals("at")) {
            return AIMED.contains(prior);
        }
        if (word.equals("between") || word.equals("among")) {
            // "shuttled between Belgrade and Zagreb" goes from place to place; "talks between Washington and Tehran"
            // are the two states'.
            return !MOTION.contains(prior);
        }
        return !LOCATIVE.contains(word);
    }
}
