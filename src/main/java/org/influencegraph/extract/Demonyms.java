package org.influencegraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.influencegraph.names.NameKeys;

/**
 * Nationality words and the countries they name ("Belarusian" is Belarus), and the one name the extractor gives
 * a country that news writes several ways ("US", "U.S.", "America" are the United States).
 */
final class Demonyms {

    private static final Map<String, String> COUNTRY_OF = new HashMap<>();
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> ADJECTIVE_OF = new HashMap<>();

    static {
        String[] pairs = {
            "Russian",
            "Russia",
            "Belarusian",
            "Belarus",
            "Belarussian",
            "Belarus",
            "Byelorussian",
            "Belarus",
            "Ukrainian",
            "Ukraine",
            "American",
            "United States",
            "US",
            "United States",
            "U.S.",
            "United States",
            "Chinese",
            "China",
            "French",
            "France",
            "German",
            "Germany",
            "British",
            "United Kingdom",
            "UK",
            "United Kingdom",
            "Polish",
            "Poland",
            "Lithuanian",
            "Lithuania",
            "Latvian",
            "Latvia",
            "Estonian",
            "Estonia",
            "Turkish",
            "Turkey",
            "Iranian",
            "Iran",
            "Israeli",
            "Israel",
            "Palestinian",
            "Palestine",
            "Syrian",
            "Syria",
            "Georgian",
            "Georgia",
            "Armenian",
            "Armenia",
            "Azerbaijani",
            "Azerbaijan",
            "Kazakh",
            "Kazakhstan",
            "Hungarian",
            "Hungary",
            "Italian",
            "Italy",
            "Spanish",
            "Spain",
            "Japanese",
            "Japan",
            "Indian",
            "India",
            "Serbian",
            "Serbia",
            "Moldovan",
            "Moldova",
            "Romanian",
            "Romania",
            "Czech",
            "Czech Republic",
            "Slovak",
            "Slovakia",
            "Finnish",
            "Finland",
            "Swedish",
            "Sweden",
            "Norwegian",
            "Norway",
            "Danish",
            "Denmark",
            "Dutch",
            "Netherlands",
            "Belgian",
            "Belgium",
            "Austrian",
            "Austria",
            "Swiss",
            "Switzerland",
            "Canadian",
            "Canada",
            "Mexican",
            "Mexico",
            "Brazilian",
            "Brazil",
            "Venezuelan",
            "Venezuela",
            "Saudi",
            "Saudi Arabia",
            "Egyptian",
            "Egypt",
            "Qatari",
            "Qatar",
            "Emirati",
            "United Arab Emirates",
            "North Korean",
            "North Korea",
            "South Korean",
            "South Korea",
            "Afghan",
            "Afghanistan",
            "Pakistani",
            "Pakistan",
            "Iraqi",
            "Iraq",
            "Lebanese",
            "Lebanon",
            "Kyrgyz",
            "Kyrgyzstan",
            "Uzbek",
            "Uzbekistan",
            "Tajik",
            "Tajikistan",
            "Turkmen",
            "Turkmenistan",
            "Bulgarian",
            "Bulgaria",
            "Greek",
            "Greece",
            "Croatian",
            "Croatia",
            "Slovenian",
            "Slovenia",
            "Portuguese",
            "Portugal",
            "Irish",
            "Ireland",
            "Australian",
            "Australia",
            "Nigerian",
            "Nigeria",
            "South African",
            "South Africa",
            "Ethiopian",
            "Ethiopia",
            "Sudanese",
            "Sudan",
            "Libyan",
            "Libya",
            "Algerian",
            "Algeria",
            "Moroccan",
            "Morocco",
            "Tunisian",
            "Tunisia",
            "Jordanian",
            "Jordan",
            "Yemeni",
            "Yemen",
            "Cuban",
            "Cuba",
            "Colombian",
            "Colombia",
            "Argentine",
            "Argentina",
            "Argentinian",
            "Argentina",
            "Chilean",
            "Chile",
            "Peruvian",
            "Peru",
            "Indonesian",
            "Indonesia",
            "Vietnamese",
            "Vietnam",
            "Thai",
            "Thailand",
            "Filipino",
            "Philippines",
            "Malaysian",
            "Malaysia",
            "Taiwanese",
            "Taiwan",
            "Mongolian",
            "Mongolia",
            "Albanian",
            "Albania",
            "Bosnian",
            "Bosnia and Herzegovina",
            "Kosovar",
            "Kosovo",
            "Montenegrin",
            "Montenegro",
            "Macedonian",
            "North Macedonia",
            "Icelandic",
            "Iceland",
            "Luxembourgish",
            "Luxembourg",
            "Maltese",
            "Malta",
            "Cypriot",
            "Cyprus",
            "Kenyan",
            "Kenya",
            "Ghanaian",
            "Ghana",
            "Malian",
            "Mali",
            "Rwandan",
            "Rwanda",
            "Congolese",
            "Democratic Republic of the Congo",
            "Chechen",
            "Chechnya",
            // i17c: the states a blind set named by adjective alone ("the Omani-mediated contacts").
            "Omani",
            "Oman",
            "Kuwaiti",
            "Kuwait",
            "Bahraini",
            "Bahrain",
            "Guatemalan",
            "Guatemala",
            "Salvadoran",
            "El Salvador",
            "Honduran",
            "Honduras",
            "Nicaraguan",
            "Nicaragua",
            "Panamanian",
            "Panama",
            "Dominican",
            "Dominican Republic",
            "Ecuadorian",
            "Ecuador",
            "Bolivian",
            "Bolivia",
            "Paraguayan",
            "Paraguay",
            "Uruguayan",
            "Uruguay",
            "Haitian",
            "Haiti",
            "Somali",
            "Somalia",
            "Eritrean",
            "Eritrea",
            "Ugandan",
            "Uganda",
            "Tanzanian",
            "Tanzania",
            "Senegalese",
            "Senegal",
            "Nigerien",
            "Niger",
            "Chadian",
            "Chad",
            "Cameroonian",
            "Cameroon",
            "Mauritanian",
            "Mauritania",
            "Burundian",
            "Burundi",
            "South Sudanese",
            "South Sudan",
            "Djiboutian",
            "Djibouti",
            "Zimbabwean",
            "Zimbabwe",
            "Mozambican",
            "Mozambique",
            "Angolan",
            "Angola",
            "Burmese",
            "Myanmar",
            "Cambodian",
            "Cambodia",
            "Laotian",
            "Laos",
            "Bangladeshi",
            "Bangladesh",
            "Nepali",
            "Nepal",
            "Sri Lankan",
            "Sri Lanka",
            "Singaporean",
            "Singapore",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            COUNTRY_OF.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
            ADJECTIVE_OF.putIfAbsent(pairs[i + 1], pairs[i]);
        }
        String[] names = {
            "US",
            "United States",
            "U.S.",
            "United States",
            "USA",
            "United States",
            "America",
            "United States",
            "United States of America",
            "United States",
            "UK",
            "United Kingdom",
            "Britain",
            "United Kingdom",
            "Great Britain",
            "United Kingdom",
            "Russian Federation",
            "Russia",
            "Republic of Belarus",
            "Belarus",
            "Belorussia",
            "Belarus",
            "PRC",
            "China",
            "People's Republic of China",
            "China",
            "UAE",
            "United Arab Emirates",
            "U.A.E.",
            "United Arab Emirates",
            "Emirates",
            "United Arab Emirates",
        };
        for (int i = 0; i < names.length; i += 2) {
            CANONICAL.put(names[i].toLowerCase(Locale.ROOT), names[i + 1]);
        }
    }

    /** Capitals and seats of power that stand for their state: {@code extract/vocab/seats.txt}. */
    private static final Map<String, String> SEATS = new HashMap<>();
    /** A state's first seat in the file, its capital: "the Georgian capital" is Tbilisi. */
    private static final Map<String, String> CAPITALS = new HashMap<>();

    static {
        String[] lines =
                org.influencegraph.Resources.read("extract/vocab/seats.txt").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("\\s*=\\s*");
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalStateException("extract/vocab/seats.txt:" + (i + 1) + ": expected 'SEAT = STATE'");
            }
            SEATS.put(pair[0].toLowerCase(Locale.ROOT), pair[1]);
            CAPITALS.putIfAbsent(pair[1].toLowerCase(Locale.ROOT), pair[0]);
        }
    }

    /**
     * The reference list's states by their nationality words, beyond the list above: a state's name that is a word
     * ending in a consonant-n, -ese, -i or -ish whose plural with an s is another of its names ("Guatemalan",
     * "Guatemalans"). Written as the reference list writes them: "Guatemalan", not "guatemalan".
     */
    private static final Map<String, String> REFERENCE_DEMONYMS = new HashMap<>();
    /** The nationality word of each state {@link #REFERENCE_DEMONYMS} holds. */
    private static final Map<String, String> REFERENCE_ADJECTIVES = new HashMap<>();
    /** The reference list's capitals (by name key) and the states they stand for, beyond the seats file. */
    private static final Map<String, String> REFERENCE_CAPITALS = new HashMap<>();

    static {
        var list = org.influencegraph.resolve.ReferenceList.get();
        for (var e : list.all()) {
            if ("state".equals(e.kind())) {
                for (String alias : e.aliases()) {
                    if (alias.matches("\\p{Lu}\\p{Ll}+") && e.aliases().contains(alias + "s")) {
                        REFERENCE_DEMONYMS.putIfAbsent(alias, countryName(e.name()));
                        REFERENCE_ADJECTIVES.putIfAbsent(countryName(e.name()), alias);
                    }
                }
            }
            var state = list.stateOfCapital(e.id());
            if (state != null && "state".equals(state.kind())) {
                REFERENCE_CAPITALS.putIfAbsent(NameKeys.key(e.name()), countryName(state.name()));
            }
        }
    }

    private Demonyms() {}

    /** The state a capital or a seat of power stands for ("Washington": United States), or null. */
    static String stateOfSeat(String name) {
        String seat = SEATS.get(name.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
        return seat != null ? seat : REFERENCE_CAPITALS.get(NameKeys.key(name));
    }

    /** The state a capital or a seat stands for by the seats file alone, or null. */
    static String seatOfFile(String name) {
        return SEATS.get(name.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
    }

    /** The capital of a state ("Georgia": Tbilisi), or null if the seats file names none. */
    static String capitalOf(String state) {
        return state == null ? null : CAPITALS.get(state.toLowerCase(Locale.ROOT));
    }

    /** The country a nationality word names, or null. */
    static String country(String demonym) {
        if (demonym == null) {
            return null;
        }
        String country = COUNTRY_OF.get(demonym.strip().toLowerCase(Locale.ROOT));
        return country != null ? country : REFERENCE_DEMONYMS.get(demonym.strip());
    }

    /**
     * The one nationality word of the country a word names ("belarusian" and "Belarussian" are "Belarusian", "US"
     * and "U.S." are "American"), or null if it names none.
     */
    static String adjective(String word) {
        String country = country(word);
        return country == null ? null : ADJECTIVE_OF.getOrDefault(country, REFERENCE_ADJECTIVES.get(country));
    }

    /** The nationality word of a country ("Turkey" is Turkish, "US" the United States'), or null. */
    static String adjectiveOf(String country) {
        return ADJECTIVE_OF.get(countryName(country));
    }

    /** Whether two nationality words name one country: "US" and "American". */
    static boolean same(String a, String b) {
        return country(a) != null && country(a).equals(country(b));
    }

    /** One name for a country that news writes several ways, or the name itself. */
    static String countryName(String name) {
        return CANONICAL.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name.strip());
    }
}
