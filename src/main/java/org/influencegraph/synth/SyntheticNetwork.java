package org.influencegraph.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.influencegraph.model.EventType;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieType;

/**
 * Writes a synthetic influence network in the native format, for benchmarks and scale tests: people,
 * organizations and places with made-up but name-like names, events with role-typed participants, and
 * ties whose ends follow a skewed (power-law-like) degree distribution, as real networks do: a few actors
 * hold most ties. The same seed gives the same files.
 */
public final class SyntheticNetwork {

    /** How big the network is. */
    public record Size(int entities, int ties, int events, int sources) {}

    private static final List<String> GIVEN = List.of(
            "Alexander",
            "Maria",
            "Viktor",
            "Olga",
            "Dmitry",
            "Anna",
            "Sergei",
            "Elena",
            "Ivan",
            "Natalia",
            "Pavel",
            "Irina",
            "Andrei",
            "Svetlana",
            "Mikhail",
            "Tatiana",
            "John",
            "Sarah",
            "David",
            "Emma",
            "Ahmed",
            "Fatima",
            "Li",
            "Mei",
            "Carlos",
            "Lucia",
            "Jan",
            "Eva",
            "Piotr",
            "Agnieszka",
            "Giorgi",
            "Nino",
            "Oleksandr",
            "Yulia",
            "Kemal",
            "Ayse",
            "Pierre",
            "Claire");
    private static final List<String> ONSET = List.of(
            "Ko", "Va", "Ber", "Lu", "Mar", "Tsi", "Pro", "Sha", "Gor", "Ni", "Ze", "Ka", "Ro", "Du", "Fi", "Ha", "Je",
            "Po", "Sto", "Vo", "Bra", "Kli", "Me", "Ti");
    private static final List<String> MIDDLE = List.of(
            "val", "len", "kash", "rin", "go", "dor", "mi", "sen", "tar", "vi", "bel", "nov", "ros", "lin", "dan", "pe",
            "zar", "chen", "mon", "ter");
    private static final List<String> ENDING = List.of(
            "enko", "ov", "ova", "sky", "ska", "ich", "son", "er", "ini", "escu", "ashvili", "yan", "ić", "ek", "man",
            "ez", "is", "ova", "in", "uk");
    private static final List<String> ORG_WORDS = List.of(
            "National",
            "United",
            "Northern",
            "Free",
            "People's",
            "Eastern",
            "Democratic",
            "Federal",
            "Independent",
            "Central",
            "Baltic",
            "Atlantic",
            "Union of");
    private static final List<String> ORG_KINDS = List.of(
            "party",
            "company",
            "government",
            "ngo",
            "media",
            "armed-group",
            "state",
            "court",
            "university",
            "international");
    private static final List<String> ORG_NOUNS = List.of(
            "Party",
            "Holdings",
            "Ministry",
            "Foundation",
            "Tribune",
            "Brigade",
            "Republic",
            "Court",
            "University",
            "Council");

    private final Size size;
    private final SplittableRandom random;

    public SyntheticNetwork(Size size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /** Writes sources.csv, entities.csv, events.csv, participants.csv and ties.csv into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeSources(dir.resolve("sources.csv"));
        writeEntities(dir.resolve("entities.csv"));
        writeEvents(dir.resolve("events.csv"), dir.resolve("participants.csv"));
        writeTies(dir.resolve("ties.csv"));
    }

    private void writeSources(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,title,publisher,author,date,url,kind\n");
            for (int i = 0; i < size.sources(); i++) {
                out.write("s" + i + ",Report number " + i + ",Synthetic Wire,Staff," + date() + ",https://example.org/"
                        + i + ",article\n");
            }
        }
    }

    /** Entity i: the first 70% are people, the next 25% organizations, the rest places. */
    static String entityId(int i) {
        return "e" + i;
    }

    private String kindOf(int i) {
        double share = (double) i / size.entities();
        return share < 0.70 ? "person" : share < 0.95 ? "organization" : "place";
    }

    private void writeEntities(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("entity,type,name,aliases,kind,country,description,note,source,quote\n");
            for (int i = 0; i < size.entities(); i++) {
                String type = kindOf(i);
                String name;
                String aliases = "";
                String kind = "";
                switch (type) {
                    case "person" -> {
                        String surname = surname();
                        name = pick(GIVEN) + " " + surname;
                        aliases = surname;
                    }
                    case "organization" -> {
                        int k = random.nextInt(ORG_KINDS.size());
                        name = pick(ORG_WORDS) + " " + surname() + " " + ORG_NOUNS.get(k);
                        kind = ORG_KINDS.get(k);
                    }
                    default -> {
                        name = surname() + "grad";
                        kind = "city";
                    }
                }
                String source = "s" + random.nextInt(size.sources());
                out.write(entityId(i) + "," + type + "," + name + "," + aliases + "," + kind + ",,,," + source
                        + ",mentioned as " + name + "\n");
            }
        }
    }

    private void writeEvents(Path events, Path participants) throws IOException {
        EventType[] types = EventType.values();
        try (BufferedWriter ev = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
                BufferedWriter pa = Files.newBufferedWriter(participants, StandardCharsets.UTF_8)) {
            ev.write("event,type,date,end_date,title,description,source,quote,producer,confidence\n");
            pa.write("event,entity,role,detail,source,quote,producer,confidence\n");
            for (int i = 0; i < size.events(); i++) {
                EventType type = types[random.nextInt(types.length)];
                String source = "s" + random.nextInt(size.sources());
                String id = "v" + i;
                ev.write(id + "," + type.code() + "," + date() + ",,Event " + i + ",," + source + ",,,\n");
                int a = skewedActor();
                int b = skewedActor();
                if (type == EventType.MEDIATION) {
                    int m = skewedActor();
                    pa.write(id + "," + entityId(m) + "," + Role.MEDIATOR.code() + ",," + source + ",,,\n");
                    pa.write(id + "," + entityId(a) + "," + Role.PARTY.code() + ",," + source + ",,,\n");
                    if (b != a) {
                        pa.write(id + "," + entityId(b) + "," + Role.PARTY.code() + ",," + source + ",,,\n");
                    }
                } else {
                    pa.write(id + "," + entityId(a) + "," + Role.INITIATOR.code() + ",," + source + ",,,\n");
                    if (b != a) {
                        pa.write(id + "," + entityId(b) + "," + Role.TARGET.code() + ",," + source + ",,,\n");
                    }
                }
                int place = (int) (size.entities() * 0.95) + random.nextInt(Math.max(1, size.entities() / 20));
                pa.write(id + "," + entityId(Math.min(place, size.entities() - 1)) + "," + Role.LOCATION.code() + ",,"
                        + source + ",,,\n");
            }
        }
    }

    private void writeTies(Path file) throws IOException {
        TieType[] types = TieType.values();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("from,type,to,role,start,end,source,quote,producer,confidence\n");
            int written = 0;
            while (written < size.ties()) {
                int a = skewedActor();
                int b = skewedActor();
                if (a == b) {
                    continue;
                }
                TieType type = types[random.nextInt(types.length - 1)];
                String role = type == TieType.FAMILY ? "relative" : "";
                out.write(entityId(a) + "," + type.code() + "," + entityId(b) + "," + role + ",,,s"
                        + random.nextInt(size.sources()) + ",,," + "\n");
                written++;
            }
        }
    }

    /** A person or organization, chosen with a heavy skew towards low ids: a few hubs, a long tail. */
    private int skewedActor() {
        int actors = (int) (size.entities() * 0.95);
        double u = random.nextDouble();
        return (int) (actors * Math.pow(u, 2.5));
    }

    private String surname() {
        return pick(ONSET)
                + pick(MIDDLE)
                + pick(ENDING)
                + (random.nextInt(4) == 0 ? "-" + pick(ONSET) + pick(ENDING) : "");
    }

    private String date() {
        return String.format("%d-%02d-%02d", 1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
