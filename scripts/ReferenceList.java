import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.influencegraph.names.NameKeys;

/**
 * Generates the reference list of states and international bodies (import/reference/) from CLDR (through ICU4J:
 * English names, short forms, the name in the country's own language and in a few languages news quotes), the
 * demonyms CoreNLP ships (models jar, dcoref/demonyms.txt) and the curated tables beside this file (common names,
 * acronyms, capitals, bodies). Run by scripts/reference-list.sh; the output is committed.
 */
public class ReferenceList {

    /** ISO codes of territories that are not states: kept out of the list. */
    static final Set<String> NOT_STATES = Set.of(
            "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG",
            "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF",
            "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT", "AC",
            "CP", "DG", "EA", "IC", "TA", "XA", "XB", "CQ");
    /** Languages whose names of a state news quotes beside English. */
    static final List<String> LANGUAGES = List.of("de", "fr", "es", "ru", "uk", "be", "tr", "ar");

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, List<String>> curated = table(in.resolve("states.tsv"));
        Map<String, List<String>> capitals = table(in.resolve("capitals.tsv"));
        Map<String, List<String>> demonyms = demonyms();
        Map<String, String> sampleIds = sampleIds(Path.of(args[2]));
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames shortEnglish = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        Files.createDirectories(out);
        try (CSVPrinter entities = printer(
                        out.resolve("entities.csv"),
                        "entity",
                        "type",
                        "name",
                        "aliases",
                        "kind",
                        "country",
                        "description",
                        "note",
                        "source",
                        "quote");
                CSVPrinter ties = printer(
                        out.resolve("ties.csv"),
                        "from",
                        "type",
                        "to",
                        "role",
                        "start",
                        "end",
                        "source",
                        "quote",
                        "producer",
                        "confidence")) {
            Map<String, String> states = new TreeMap<>();
            for (String code : ULocale.getISOCountries()) {
                if (!NOT_STATES.contains(code) && capitals.containsKey(code)) {
                    states.put(code, code);
                }
            }
            states.put("XK", "XK");
            for (String code : states.keySet()) {
                Set<String> names = new LinkedHashSet<>();
                List<String> mine = curated.getOrDefault(code, List.of());
                names.addAll(mine);
                names.add(english.regionDisplayName(code));
                names.add(shortEnglish.regionDisplayName(code));
                ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + code));
                names.add(new ULocale("und_" + code).getDisplayCountry(new ULocale(likely.getLanguage())));
                for (String language : LANGUAGES) {
                    names.add(new ULocale("und_" + code).getDisplayCountry(new ULocale(language)));
                }
                names.removeIf(n ->
                        n.contains(" - ") || n.contains("(") || n.equals(code) && !mine.contains(n) || n.isBlank());
                String name = names.iterator().next();
                for (String n : List.copyOf(names)) {
                    names.addAll(demonyms.getOrDefault(n.toLowerCase(Locale.ROOT), List.of()));
                }
                names.remove(name);
                String id = idOf(sampleIds, NameKeys.slug(name), name, mine);
                entities.printRecord(
                        id,
                        "organization",
                        name,
                        String.join("|", names),
                        "state",
                        code,
                        "State",
                        "",
                        "reference-states",
                        "");
                List<String> capital = capitals.get(code);
                for (String city : capital) {
                    String place = NameKeys.slug(city);
                    if (place.equals(id)) {
                        // A city state (Singapore, Monaco): the state is the one entity.
                        continue;
                    }
                    entities.printRecord(
                            place, "place", city, "", "city", code, "Capital of " + name, "", "reference-states", "");
                    ties.printRecord(place, "located-in", id, "capital", "", "", "reference-states", "", "", "");
                }
            }
            for (var seat : table(in.resolve("seats.tsv")).entrySet()) {
                // A city that news names for a body seated there ("Brussels" for the EU), before its state.
                String body =
                        idOf(sampleIds, seat.getValue().get(0), seat.getValue().get(0), List.of());
                ties.printRecord(
                        NameKeys.slug(seat.getKey()),
                        "located-in",
                        body,
                        "seat",
                        "",
                        "",
                        "reference-states",
                        "",
                        "",
                        "");
            }
            for (List<String> body : table(in.resolve("bodies.tsv")).entrySet().stream()
                    .map(e -> {
                        List<String> row = new ArrayList<>();
                        row.add(e.getKey());
                        row.addAll(e.getValue());
                        return row;
                    })
                    .toList()) {
                entities.printRecord(
                        idOf(sampleIds, body.get(0), body.get(1), body.subList(2, body.size())),
                        "organization",
                        body.get(1),
                        String.join("|", body.subList(2, body.size())),
                        "international",
                        "",
                        "International organization",
                        "",
                        "reference-states",
                        "");
            }
            // A state's body that news names without its state ("the State Department").
            for (var body : table(in.resolve("government.tsv")).entrySet()) {
                List<String> row = body.getValue();
                entities.printRecord(
                        body.getKey(),
                        "organization",
                        row.get(1),
                        String.join("|", row.subList(2, row.size())),
                        "government",
                        row.get(0),
                        "Government body",
                        "",
                        "reference-states",
                        "");
            }
        }
        try (CSVPrinter sources =
                printer(out.resolve("sources.csv"), "source", "title", "publisher", "author", "date", "url", "kind")) {
            sources.printRecord(
                    "reference-states",
                    "States, international bodies and well-known government bodies: names, short forms, "
                            + "acronyms, demonyms and capitals",
                    "Influence Graph (from Unicode CLDR via ICU4J, Unicode License v3; "
                            + "demonyms from Stanford CoreNLP, GPL v3)",
                    "",
                    "",
                    "",
                    "dataset");
        }
    }

    /** The sample data's organizations by name key: a reference entry of the same name takes the sample's id. */
    static Map<String, String> sampleIds(Path sample) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (var reader = Files.newBufferedReader(sample)) {
            for (var r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)) {
                if (r.get("type").equals("organization")) {
                    List<String> aliases = r.get("aliases").isEmpty()
                            ? List.of()
                            : List.of(r.get("aliases").split("\\|"));
                    NameKeys.keys(r.get("name"), aliases).forEach(k -> ids.putIfAbsent(k, r.get("entity")));
                }
            }
        }
        return ids;
    }

    /** The sample's id of an entry that the sample has under its name or one of its curated names, else {@code id}. */
    static String idOf(Map<String, String> sampleIds, String id, String name, List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(0, name);
        for (String n : all) {
            String sample = sampleIds.get(NameKeys.key(n));
            if (sample != null) {
                return sample;
            }
        }
        return id;
    }

    /** A tab-separated table: the first column keys the others; lines starting with # are comments. */
    static Map<String, List<String>> table(Path file) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            rows.put(parts[0], List.of(parts).subList(1, parts.length));
        }
        return rows;
    }

    /** Demonyms by lower-case country name, from CoreNLP's list (adjective, then plural and singular nouns). */
    static Map<String, List<String>> demonyms() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        var stream =
                ReferenceList.class.getClassLoader().getResourceAsStream("edu/stanford/nlp/models/dcoref/demonyms.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                List<String> words = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].isBlank()) {
                        words.add(parts[i].strip());
                    }
                }
                out.put(parts[0].strip().replaceAll("\\.$", "").toLowerCase(Locale.ROOT), words);
            }
        }
        return out;
    }

    static CSVPrinter printer(Path file, String... header) throws IOException {
        return new CSVPrinter(
                new PrintWriter(Files.newBufferedWriter(file)),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header)
                        .setRecordSeparator('\n')
                        .build());
    }
}
