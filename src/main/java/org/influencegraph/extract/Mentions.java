package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.TieType;
import org.influencegraph.names.NameKeys;
import org.influencegraph.resolve.ReferenceList;

/**
 * Actors that news names without a proper name, or in ways a named-entity model misses: collectives ("the
 * Belarusian opposition", "Russian troops", "the Lukashenko regime"), institutions named by their seat ("the
 * Kremlin"), ministries ("the Belarusian defence ministry"), military units, social networks, the agencies and
 * photographers of a picture credit, and the publication an article is republished from. A regime or a cabinet
 * named after its leader names the leader too, and a person's press service whom it speaks for.
 */
final class Mentions {

    /** An actor named in a sentence, at {@code start..end} of its text; {@code alias} is how the text wrote it. */
    record Mention(
            int start, int end, EntityType type, String name, String alias, String kind, String person, TieType tie) {

        Mention(int start, int end, EntityType type, String name, String alias, String kind) {
            this(start, end, type, name, alias, kind, null, null);
        }
    }

    private static final String NAT = "((?:North |South )?(?-i:\\p{Lu})[\\p{L}.]+)";
    private static final Pattern OPPOSITION = Pattern.compile(
            "\\b(?:the )?(?:" + NAT + " )?(?:democratic )?"
                    + "opposition\\b(?! (?:to|from|against|by|television|TV|channel|newspaper|media|outlet|website|radio)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A country's public body: "the Belarusian authorities" (its government), "the Lebanese parliament", "Georgian
     * police", "the Israeli security cabinet".
     */
    private static final Pattern BODY = Pattern.compile("\\b" + NAT + " ((?i:government|authorities|parliament|police|"
            + "security cabinet|cabinet|security services|security forces|intelligence services|central bank|"
            + "supreme court|constitutional court|central election commission|election commission|prosecutor's office|"
            + "border guards?))\\b");

    private static final Pattern REGIME =
            Pattern.compile("\\b(\\p{Lu}[\\p{L}-]+)(?:['’]s)? (regime|administration|" + "government)\\b");
    /** What a person leads or what speaks for a person: "Tikhanovskaya's cabinet", "Lukashenko's press service". */
    private static final Pattern OWN = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+)['’]s (cabinet|party|campaign|press service|" + "press office|foundation)\\b");
    /** A state's nationality word, or its name as an owner: "Sudanese army", "Sudan's army". */
    private static final String OWNER = NAT + "(?:['’]s)?";

    private static final Pattern FORCES =
            Pattern.compile("\\b" + OWNER + " (troops|forces|military|army|armed forces|" + "soldiers)\\b");
    private static final Pattern MINISTRY = Pattern.compile(
            "\\b" + OWNER + " ((?:defen[cs]e|foreign|interior|justice|"
                    + "finance|economy|health|education|culture|emergencies|energy) ministry|Ministry of (?-i:\\p{Lu})\\w+"
                    + "(?: Affairs)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A body named again by its common noun alone ("the court", "the bloc", "the ministry"): which body is left to
     * the linker, from the bodies the article named before.
     */
    private static final Pattern ANAPHOR =
            Pattern.compile("\\b[Tt]he ((?i:court|bloc|alliance|ministry|army|military|agency|organi[sz]ation|journal|"
                    + "newspaper|department))\\b(?! (?:of|for|in|to)\\b| \\p{Lu})");
    /**
     * A capital named by its state's nationality word ("the Norwegian capital", "the Cuban capital"): which city is
     * left to the linker, from the reference list.
     */
    /**
     * An acronym standing alone or in a compound ("NATO-led", "WHO officials"), not the start of a longer name ("UN
     * Security Council" is the model's to read).
     */
    private static final Pattern ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}.&])(\\p{Lu}[\\p{Lu}\\p{N}+]{1,7})(?![\\p{L}\\p{N}.&]| \\p{Lu})");

    /**
     * A place named after a person or a city ("Kim Il Sung Square", "Imam Khomeini International Airport", "Sheikh
     * Zayed Grand Mosque"): one place, never the person whose name it holds; a city's possessive before it ("Baku's")
     * is no part of it.
     */
    private static final Pattern LANDMARK = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}-]*\\.? ){1,5}" + "(?:Square|Airport|Mosque|Stadium|Bridge|Cathedral|Avenue))\\b");

    private static final Pattern CAPITAL =
            Pattern.compile("\\b[Tt]he ((?:North |South )?\\p{Lu}\\p{L}+) capital\\b(?![\\p{L}-])");
    /** Places written as news writes them now, which the named-entity model (trained on older text) misses. */
    private static final Pattern PLACES = Pattern.compile("\\b(Kyiv|Novi Sad|Odesa|Kharkiv|Chisinau|Pristina|"
            + "Zaporizhzhia|Mykolaiv|Bakhmut|Avdiivka|Pokrovsk)\\b");

    private static final Pattern SEATS = Pattern.compile(
            "\\b(?:the )(kremlin|white house|pentagon|[eé]lys[eé]e|" + "downing street)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SEAT_NAMES = Map.of(
            "kremlin",
            "Kremlin",
            "white house",
            "White House",
            "pentagon",
            "Pentagon",
            "elysee",
            "Élysée",
            "élysée",
            "Élysée",
            "downing street",
            "Downing Street");
    private static final Pattern NETWORKS =
            Pattern.compile("\\b(Twitter|Telegram|Facebook|YouTube|Instagram|TikTok|" + "WhatsApp|VKontakte|Viber)\\b");
    private static final Pattern UNIT = Pattern.compile("\\b(?:The )?((?:\\p{Lu}[\\p{L}-]+ ){0,2}\\p{Lu}[\\p{L}-]+) "
            + "((?i:regiment|battalion|brigade|legion))\\b");
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:Image|Photo|Picture|Photograph|Foto|Credit)s?\\s*:\\s*" + "(\\S+(?:/\\S+| [^/\\s]+)*)\\s*$");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}");
    private static final Pattern AGENCY_WORD = Pattern.compile(
            ".*\\b(?:Press|Images|Agency|News|Photos?|Pictures|" + "Service|Getty|Reuters|Alliance)\\b.*");
    private static final Pattern SYNDICATION = Pattern.compile(
            "(?:republished|reprinted|originally published|first "
                    + "published|original article) (?:from|by|in|on|at) ((?:The )?\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3})");

    /** A people named as an actor ("the Lithuanians", "The Americans"): its state, where the list has the word. */
    private static final Pattern PEOPLE = Pattern.compile("\\b[Tt]he (\\p{Lu}\\p{L}+s)\\b(?!-| \\p{Lu})");
    /** A state's body by a short form the reference list writes ("the State Department", "Justice Department"). */
    private static final Pattern DEPARTMENT =
            Pattern.compile("\\b(?:[Tt]he )?((?:U\\.S\\. |US )?(?:\\p{Lu}\\p{L}+ ){1,2}Department|Pentagon)\\b");
    /** An international body by a short form the reference list writes: "the Security Council", "the World Court". */
    private static final Pattern BODY_SHORT =
            Pattern.compile("\\b[Tt]he ((?:\\p{Lu}\\p{L}+ ){1,3}\\p{Lu}\\p{L}+)\\b(?! \\p{Lu}| of\\b)");
    /** A channel named by its state or city and a number: "Belarus 1", "Russia 24". */
    private static final Pattern CHANNEL = Pattern.compile("\\b(\\p{Lu}\\p{L}+ \\d{1,2})\\b(?![\\d.,:%/])");
    /** A newspaper named after a city or a country ("The Kyiv Independent"): one outlet, not the place. */
    private static final Pattern PAPER = Pattern.compile("\\b(?:The )?((?:(?!The )\\p{Lu}[\\p{L}-]+ ){1,2}(?:"
            + Vocab.alternation(Vocab.words("newspapers.txt")) + "))\\b(?! \\p{Lu})");

    /**
     * A body's whole name, which the model cuts at its "for" or "of" or at a place inside it: "the Sanaa Centre for
     * Gulf Affairs", "the Kyiv Centre for Security Studies", "the Bamako Sahel Research Centre". Group 1 is the
     * words before the head, group 2 what follows "for", "of" or "on".
     */
    private static final Pattern NAMED_BODY =
            Pattern.compile("\\b((?:(?!The |A |An )\\p{Lu}[\\p{L}.]*(?:-\\p{Lu}[\\p{L}.]*)* ){0,4})(?:"
                    + "Centre|Center|Institute|Forum|Foundation|Council|Committee|Commission|Agency|Office|Bureau|Association|"
                    + "Movement|Movements|Coordination|Front|League|Alliance|Society|Academy|University|Fund|Observatory|"
                    + "Network|Initiative|Programme|Program)"
                    + "(?: (?:for|of|on) (?:the )?(\\p{Lu}[\\p{L}]*(?: (?:and |& |of |for |the )?\\p{Lu}[\\p{L}]*){0,4}))?"
                    + "\\b(?![-\\p{L}])");

    /**
     * A state's leader named by title and nationality alone ("the Belarusian leader", "the Israeli strongman"),
     * not followed by the name itself: whom is left to the linker.
     */
    private static final Pattern LEADER = Pattern.compile("\\b[Tt]he (\\p{Lu}\\p{L}+) (leader|president|strongman|"
            + "prime minister|premier|chancellor|king|emir|ruler|head of state|autocrat)\\b"
            // Nor followed by the name in apposition: "The Kuwaiti emir, Sheikh Sabah al-Ahmad al-Sabah, flew ...".
            + "(?![-\\p{L}]| \\p{Lu}|, (?:\\p{Lu}[\\p{L}-]+ )+\\p{Lu})");

    private Mentions() {}

    /**
     * Actors named by a description or a name that holds a place's: a people, a state's department, a channel or a
     * newspaper. Found first, so the place inside ("Kyiv" in "The Kyiv Independent") is not read as well.
     */
    private static void described(String text, List<Mention> out) {
        Matcher m = PEOPLE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (ReferenceList.get().stateOfWord(word) != null) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(), word, "people"));
            }
        }
        m = LEADER.matcher(text);
        while (m.find()) {
            if (ReferenceList.get().stateOfWord(m.group(1)) != null) {
                out.add(new Mention(m.start(), m.end(), EntityType.PERSON, m.group(), m.group(), "leader"));
            }
        }
        m = DEPARTMENT.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            boolean known =
                    ReferenceList.get().byKey(NameKeys.key(body)).stream().anyMatch(x -> "government".equals(x.kind()));
            if (known) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(), body, "described"));
            }
        }
        m = BODY_SHORT.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            boolean known = ReferenceList.get().byKey(NameKeys.key(body)).stream()
                    .anyMatch(
                            x -> "international".equals(x.kind()) && x.aliases().contains(body));
            if (known) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(), body, "described"));
            }
        }
        m = CHANNEL.matcher(text);
        while (m.find()) {
            String place = m.group(1).substring(0, m.group(1).indexOf(' '));
            if (!ReferenceList.get().byKey(NameKeys.key(place)).isEmpty()) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(1), m.group(1), "media"));
            }
        }
        m = PAPER.matcher(text);
        while (m.find()) {
            out.add(new Mention(m.start(1), m.end(1), EntityType.ORGANIZATION, m.group(1), m.group(1), "media"));
        }
    }

    /**
     * The actors the rules find in a sentence. {@code dominant} is the nationality the article speaks of most
     * ("the opposition" is that country's), and {@code nationalityOf} gives the nationality of a person known by
     * that surname, "" for a person of unknown nationality, or null for a word that names no known person.
     */
    static List<Mention> find(String text, String dominant, Function<String, String> nationalityOf) {
        List<Mention> out = new ArrayList<>();
        described(text, out);
        Matcher m = NAMED_BODY.matcher(text);
        while (m.find()) {
            // Two words at least, and more than a head and a place: "Forum" alone, or "Kyiv Centre", is the model's.
            boolean complement = m.group(2) != null;
            int before = m.group(1).isEmpty() ? 0 : m.group(1).strip().split(" ").length;
            if (complement || before >= 2) {
                out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(), m.group(), null));
            }
        }
        m = OPPOSITION.matcher(text);
        while (m.find()) {
            String adjective = m.group(1) == null ? dominant : Demonyms.adjective(m.group(1));
            int start = m.group(1) == null ? m.start() : m.start(1);
            if (m.group(1) != null && adjective == null) {
                adjective = dominant;
                start = m.end() - "opposition".length();
            }
            if (adjective != null) {
                // A bare "opposition" is no name of its own: only "Belarusian opposition" and the like are aliases.
                String name = adjective + " opposition";
                out.add(new Mention(
                        start,
                        m.end(),
                        EntityType.ORGANIZATION,
                        name,
                        m.group(1) == null ? name : m.group().replaceFirst("(?i)^the ", ""),
                        "movement"));
            }
        }
        m = BODY.matcher(text);
        while (m.find()) {
            String adjective = Demonyms.adjective(m.group(1));
            if (adjective != null) {
                String body = m.group(2).toLowerCase(Locale.ROOT);
                out.add(new Mention(
                        m.start(1),
                        m.end(),
                        EntityType.ORGANIZATION,
                        adjective + " " + (body.equals("authorities") ? "government" : body),
                        m.group(1) + " " + m.group(2),
                        "government"));
            }
        }
        m = REGIME.matcher(text);
        while (m.find()) {
            String nationality = nationalityOf.apply(m.group(1));
            if (nationality != null) {
                String name = nationality.isEmpty() ? m.group(1) + " administration" : nationality + " government";
                out.add(new Mention(
                        m.start(),
                        m.end(),
                        EntityType.ORGANIZATION,
                        name,
                        m.group(1) + " " + m.group(2),
                        "government",
                        m.group(1),
                        TieType.LEADS));
            }
        }
        m = OWN.matcher(text);
        while (m.find()) {
            if (nationalityOf.apply(m.group(1)) != null) {
                boolean speaks = m.group(2).startsWith("press");
                String name = m.group(1) + "'s " + m.group(2);
                out.add(new Mention(
                        m.start(),
                        m.end(),
                        EntityType.ORGANIZATION,
                        name,
                        name,
                        speaks ? "government" : "other",
                        m.group(1),
                        speaks ? TieType.REPRESENTS : TieType.LEADS));
            }
        }
        m = FORCES.matcher(text);
        while (m.find()) {
            String adjective = owner(m.group(1));
            if (adjective != null) {
                out.add(new Mention(
                        m.start(),
                        m.end(),
                        EntityType.ORGANIZATION,
                        adjective + " armed forces",
                        m.group(),
                        "military-unit"));
            }
        }
        m = MINISTRY.matcher(text);
        while (m.find()) {
            String adjective = owner(m.group(1));
            if (adjective != null) {
                out.add(new Mention(
                        m.start(),
                        m.end(),
                        EntityType.ORGANIZATION,
                        adjective + " " + m.group(2),
                        m.group(),
                        "government"));
            }
        }
        m = ANAPHOR.matcher(text);
        while (m.find()) {
            out.add(new Mention(
                    m.start(), m.end(), EntityType.ORGANIZATION, "the " + m.group(1), m.group(), "anaphor"));
        }
        m = LANDMARK.matcher(text);
        while (m.find()) {
            int start = m.group(1).startsWith("The ") ? m.start(1) + 4 : m.start(1);
            String name = text.substring(start, m.end(1));
            out.add(new Mention(start, m.end(1), EntityType.PLACE, name, name, null));
        }
        m = ACRONYM.matcher(text);
        while (m.find()) {
            String body = body(m.group(1));
            if (body != null) {
                out.add(new Mention(m.start(1), m.end(1), EntityType.ORGANIZATION, m.group(1), m.group(1), body));
            }
        }
        m = CAPITAL.matcher(text);
        while (m.find()) {
            String state = m.group(1);
            boolean known =
                    ReferenceList.get().byKey(NameKeys.key(state)).stream().anyMatch(x -> "state".equals(x.kind()));
            if (known) {
                String name = "the " + state + " capital";
                out.add(new Mention(m.start(), m.end(), EntityType.PLACE, name, name, "capital"));
            }
        }
        m = PLACES.matcher(text);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), EntityType.PLACE, m.group(), m.group(), null));
        }
        m = SEATS.matcher(text);
        while (m.find()) {
            String seat = m.group(1).toLowerCase(Locale.ROOT);
            String name = SEAT_NAMES.getOrDefault(seat, seat.contains("lys") ? "Élysée" : m.group(1));
            out.add(new Mention(m.start(1), m.end(), EntityType.ORGANIZATION, name, name, "government"));
        }
        m = NETWORKS.matcher(text);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.group(), m.group(), "company"));
        }
        m = UNIT.matcher(text);
        while (m.find()) {
            String name = m.group(1) + " " + m.group(2);
            out.add(new Mention(m.start(1), m.end(), EntityType.ORGANIZATION, name, name, "military-unit"));
        }
        m = SYNDICATION.matcher(text);
        while (m.find()) {
            out.add(new Mention(m.start(1), m.end(1), EntityType.ORGANIZATION, m.group(1), m.group(1), "media"));
        }
        m = CREDIT.matcher(text);
        if (m.find()) {
            int at = m.start(1);
            for (String part : m.group(1).split("/")) {
                String name = part.strip();
                int start = text.indexOf(name, at);
                at = start + name.length();
                if (name.length() < 2 || start < 0) {
                    continue;
                }
                boolean person = PERSON_NAME.matcher(name).matches()
                        && !AGENCY_WORD.matcher(name).matches();
                out.add(new Mention(
                        start,
                        start + name.length(),
                        person ? EntityType.PERSON : EntityType.ORGANIZATION,
                        name,
                        name,
                        person ? null : "media"));
            }
        }
        return out;
    }

    /**
     * The kind of the international body the reference list writes with exactly this acronym ("NATO", "WHO",
     * "AU"), or null: a word in capitals that names nothing there ("GDP", "CEO") is no actor, and a state's ("US")
     * is the model's to read.
     */
    static String body(String acronym) {
        return ReferenceList.get().byKey(NameKeys.key(acronym)).stream()
                .filter(x -> "international".equals(x.kind())
                        && (x.name().equals(acronym) || x.aliases().contains(acronym)))
                .map(ReferenceList.Entry::kind)
                .findFirst()
                .orElse(null);
    }

    /** The nationality word of a state named by it or by its own name ("Sudanese", "Sudan"), or null. */
    static String owner(String word) {
        String adjective = Demonyms.adjective(word);
        return adjective != null ? adjective : Demonyms.adjectiveOf(word);
    }
}
