import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.App;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.resolve.DuplicateFinder;

/**
 * False duplicate proposals among the companies of a ties spreadsheet (the BuzzFeed News TrumpWorld table: columns
 * Entity A Type, Entity A, Entity B Type, Entity B, ...): every distinct organization name becomes an entity of an
 * empty embedded database in DIR, the duplicates review runs at MIN_SCORE, and each proposal is classed by a rule
 * of its own, not the matcher's: the two names differ by an ordinal numeral (II, III, 2) or by a legal form (Corp.,
 * LLC, L.P., Ltd.). Prints the counts and every proposal for a reader to judge.
 * Run from source beside the jar: {@code java -cp target/influence-graph.jar scripts/CompanyDuplicates.java CSV DIR
 * [MIN_SCORE]}; scripts/company-duplicates.sh does it.
 */
public final class CompanyDuplicates {

    private static final Pattern SPLIT = Pattern.compile("[^A-Z0-9]+");
    private static final Set<String> NUMERALS = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("LLC", "llc"),
            Map.entry("LC", "llc"),
            Map.entry("LP", "lp"),
            Map.entry("LLP", "llp"),
            Map.entry("LLLP", "lllp"),
            Map.entry("INC", "inc"),
            Map.entry("INCORPORATED", "inc"),
            Map.entry("CORP", "corp"),
            Map.entry("CORPORATION", "corp"),
            Map.entry("LTD", "ltd"),
            Map.entry("LIMITED", "ltd"),
            Map.entry("PLC", "plc"),
            Map.entry("ULC", "ulc"),
            Map.entry("LTDA", "ltda"),
            Map.entry("SA", "sa"),
            Map.entry("AG", "ag"),
            Map.entry("GP", "gp"));

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        double minScore = args.length > 2 ? Double.parseDouble(args[2]) : 0.9;
        Map<String, String> organizations = new LinkedHashMap<>();
        int rows = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(in)) {
                rows++;
                for (String side : List.of("A", "B")) {
                    if (r.get("Entity " + side + " Type").equals("Organization")) {
                        String name = r.get("Entity " + side).strip();
                        organizations.putIfAbsent(name, "org-" + organizations.size());
                    }
                }
            }
        }
        List<EntityRecord> records = new ArrayList<>();
        organizations.forEach((name, id) -> records.add(
                new EntityRecord(id, EntityType.ORGANIZATION, name, List.of(), null, null, null, null, null)));
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dir;
        options.bind = "127.0.0.1";
        options.database = "neo4j";
        options.noDbAuth = true;
        try (App app = App.open(options, false)) {
            Graph graph = app.graph();
            if (graph.counts().nodes() == 0) {
                new GraphWriter(graph).prepareEntities(records).write();
            }
            List<DuplicateFinder.Pair> pairs =
                    new DuplicateFinder(graph).find(EntityType.ORGANIZATION, minScore, DuplicateFinder.MAX_LIMIT);
            int numeralOrForm = 0;
            List<String> lines = new ArrayList<>();
            for (DuplicateFinder.Pair p : pairs) {
                String why = differs(p.a().name(), p.b().name());
                if (why != null) {
                    numeralOrForm++;
                }
                lines.add(String.format(
                        Locale.ROOT,
                        "%.3f  %s  ~  %s%s",
                        p.score(),
                        p.a().name(),
                        p.b().name(),
                        why == null ? "" : "   [FALSE: " + why + "]"));
            }
            System.out.printf(Locale.ROOT, "%,d rows, %,d distinct organization names%n", rows, organizations.size());
            System.out.printf(
                    Locale.ROOT,
                    "proposals at %.2f or more: %d; of them differing by a numeral or a legal " + "form (false): %d%n",
                    minScore,
                    pairs.size(),
                    numeralOrForm);
            lines.forEach(System.out::println);
        }
    }

    /** Why two company names are other legal entities by this script's own rule, or null. */
    static String differs(String a, String b) {
        Set<String> na = new TreeSet<>();
        Set<String> nb = new TreeSet<>();
        Set<String> fa = new TreeSet<>();
        Set<String> fb = new TreeSet<>();
        tokens(a, na, fa);
        tokens(b, nb, fb);
        if (!na.equals(nb)) {
            return "numerals " + na + " / " + nb;
        }
        if (!fa.isEmpty() && !fb.isEmpty() && !fa.equals(fb)) {
            return "legal forms " + fa + " / " + fb;
        }
        return null;
    }

    private static void tokens(String name, Set<String> numerals, Set<String> forms) {
        // "L.P." and "S.R.L." are one token each once the dots go.
        String joined = name.toUpperCase(Locale.ROOT)
                .replaceAll("\\b([A-Z])\\.(?=[A-Z]\\.)", "$1")
                .replace(".", "");
        for (String t : SPLIT.split(joined)) {
            if (t.matches("\\d+")
                    || NUMERALS.contains(t) && !t.equals("I") && !t.equals("V") && !t.equals("X")
                    || (t.equals("I") || t.equals("V") || t.equals("X")) && hasForm(joined)) {
                numerals.add(t);
            }
            if (FORMS.containsKey(t)) {
                forms.add(FORMS.get(t));
            }
        }
    }

    private static boolean hasForm(String joined) {
        for (String t : SPLIT.split(joined)) {
            if (FORMS.containsKey(t)) {
                return true;
            }
        }
        return false;
    }
}
