package org.influencegraph.synth;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.ftm.FtmLines;
import org.influencegraph.ftm.FtmModel;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.TieType;

/**
 * Rewrites a synthetic network (native CSV, from {@link SyntheticNetwork}) as the files the interop importers
 * read: FollowTheMoney entities, one a line, and a journalist's spreadsheet of ties between named entities
 * with the tie told in words, with its mapping file. Entities are kept in memory (a few hundred bytes each);
 * ties and events stream.
 */
public final class InteropFiles {

    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Words a reporter might use for each tie type, so that the spreadsheet importer has to read them. */
    private static final Map<TieType, List<String>> WORDS = Map.ofEntries(
            Map.entry(TieType.MEMBER_OF, List.of("member", "member of the council")),
            Map.entry(TieType.LEADS, List.of("head", "founder and chairman", "leader")),
            Map.entry(TieType.EMPLOYED_BY, List.of("works for", "staff analyst")),
            Map.entry(TieType.ADVISES, List.of("senior adviser", "informal consultant")),
            Map.entry(TieType.FAMILY, List.of("wife", "brother", "son-in-law")),
            Map.entry(TieType.ALLY_OF, List.of("close ally", "loyalist")),
            Map.entry(TieType.SUPPORTS, List.of("donor", "funded the campaign")),
            Map.entry(TieType.OPPOSES, List.of("outspoken critic", "rival")),
            Map.entry(TieType.CONTROLS, List.of("controls", "subsidiary")),
            Map.entry(TieType.OWNS, List.of("owns 30%", "shareholder")),
            Map.entry(TieType.DIRECTOR_OF, List.of("board member", "director")),
            Map.entry(TieType.ASSOCIATE_OF, List.of("business partner", "friend")),
            Map.entry(TieType.REPRESENTS, List.of("lawyer", "lobbyist")),
            Map.entry(TieType.LOCATED_IN, List.of("based in")),
            Map.entry(TieType.RELATED_TO, List.of("mentioned together")));

    /** The mapping for {@link #writeSpreadsheet}'s file. */
    public static final String SPREADSHEET_MAPPING = """
            # A spreadsheet of ties between named entities, the tie in a reporter's words.
            entities:
              from: {type: {column: from_type}, name: from_name}
              to: {type: {column: to_type}, name: to_name}
            ties:
              - {from: from, to: to, type: {column: relationship}}
            sources: sources
            """;

    private record Entity(String name, EntityType type) {}

    private final Path network;
    private final Map<String, Entity> entities = new HashMap<>();

    /** {@code network}: the folder {@link SyntheticNetwork#write} wrote. */
    public InteropFiles(Path network) throws IOException {
        this.network = network;
        try (Reader in = Files.newBufferedReader(network.resolve("entities.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : READ.parse(in)) {
                entities.put(
                        r.get("entity"),
                        new Entity(
                                r.get("name"), EntityType.parse(r.get("type")).orElseThrow()));
            }
        }
    }

    /** Writes every entity, tie and event as FollowTheMoney entities; returns the number of lines. */
    public long writeFtm(Path file) throws IOException {
        long lines = 0;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            FtmLines out = new FtmLines(stream);
            try (Reader in = Files.newBufferedReader(network.resolve("entities.csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : READ.parse(in)) {
                    Entity e = entities.get(r.get("entity"));
                    List<String> names = new ArrayList<>(List.of(e.name()));
                    if (!r.get("aliases").isEmpty()) {
                        names.addAll(List.of(r.get("aliases").split("\\|")));
                    }
                    out.write(
                            r.get("entity"),
                            FtmModel.schemaOf(e.type(), null),
                            Map.of(e.type() == EntityType.PLACE ? "full" : "name", names),
                            List.of(r.get("source")));
                    lines++;
                }
            }
            try (Reader in = Files.newBufferedReader(network.resolve("ties.csv"), StandardCharsets.UTF_8)) {
                long n = 0;
                for (CSVRecord r : READ.parse(in)) {
                    TieType type = TieType.parse(r.get("type")).orElseThrow();
                    String schema = FtmModel.schemaOf(type);
                    var mapping = FtmModel.mapping(schema).orElseThrow();
                    Map<String, List<String>> props = new HashMap<>();
                    props.put(mapping.from(), List.of(r.get("from")));
                    props.put(mapping.to(), List.of(r.get("to")));
                    if (schema.equals(FtmModel.UNKNOWN_LINK)) {
                        props.put("role", List.of(FtmModel.unknownLinkRole(type, null)));
                    }
                    out.write("t" + n++, schema, props, List.of(r.get("source")));
                    lines++;
                }
            }
            Map<String, List<String>> involved = new HashMap<>();
            try (Reader in = Files.newBufferedReader(network.resolve("participants.csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : READ.parse(in)) {
                    involved.computeIfAbsent(r.get("event"), k -> new ArrayList<>())
                            .add(r.get("entity"));
                }
            }
            try (Reader in = Files.newBufferedReader(network.resolve("events.csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : READ.parse(in)) {
                    out.write(
                            r.get("event"),
                            "Event",
                            Map.of(
                                    "name",
                                    List.of(r.get("title")),
                                    "date",
                                    List.of(r.get("date")),
                                    "keywords",
                                    List.of(r.get("type")),
                                    "involved",
                                    involved.getOrDefault(r.get("event"), List.of())),
                            List.of(r.get("source")));
                    lines++;
                }
            }
        }
        return lines;
    }

    /** Writes one spreadsheet row a tie, ends named, the tie in words; returns the number of rows. */
    public long writeSpreadsheet(Path csv, Path mapping) throws IOException {
        Files.writeString(mapping, SPREADSHEET_MAPPING);
        long rows = 0;
        try (Reader in = Files.newBufferedReader(network.resolve("ties.csv"), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("from_name", "from_type", "to_name", "to_type", "relationship", "sources");
            for (CSVRecord r : READ.parse(in)) {
                Entity from = entities.get(r.get("from"));
                Entity to = entities.get(r.get("to"));
                List<String> words = WORDS.get(TieType.parse(r.get("type")).orElseThrow());
                printer.printRecord(
                        from.name(),
                        from.type().code(),
                        to.name(),
                        to.type().code(),
                        words.get((int) (rows % words.size())),
                        "https://example.org/" + r.get("source"));
                rows++;
            }
        }
        return rows;
    }
}
