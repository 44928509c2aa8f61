package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeImporterTest {

    private Graph graph;
    private NativeImporter importer;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
        importer = new NativeImporter(graph);
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(NativeImporterTest.class.getResource("/fixtures/native").toURI());
    }

    private ImportReport importPaths(Path... paths) {
        return importer.run(NativeImporter.inputs(List.of(paths)), ImportOptions.DEFAULT, Importer.Progress.NONE);
    }

    @Test
    void imports_every_table_and_counts_what_it_created() throws Exception {
        ImportReport report = importPaths(fixture());

        assertThat(report.problems()).isEmpty();
        assertThat(report.counts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Table.SOURCES, new WriteCounts(2, 0, 0),
                        Table.ENTITIES, new WriteCounts(6, 0, 0),
                        Table.EVENTS, new WriteCounts(3, 0, 0),
                        Table.PARTICIPANTS, new WriteCounts(8, 0, 0),
                        Table.TIES, new WriteCounts(3, 0, 0)));
        assertThat(graph.counts()).isEqualTo(new Graph.Counts(11, 21));
    }

    @Test
    void importing_twice_changes_nothing() throws Exception {
        importPaths(fixture());
        String before = TestNeo4j.fingerprint(graph);

        ImportReport again = importPaths(fixture());

        assertThat(again.total()).isEqualTo(new WriteCounts(0, 0, 22));
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void stores_a_mediation_with_its_roles_and_provenance() throws Exception {
        importPaths(fixture());

        var rows = graph.read(
                """
                MATCH (m:Person)-[r:MEDIATOR]->(e:Event {type: 'mediation'})<-[:PARTY]-(p:Person)
                MATCH (e)-[rep:REPORTED_IN]->(s:Source)
                RETURN m.name AS mediator, p.name AS party, e.date AS date, e.cameo AS cameo, s.title AS source,
                       rep.quote AS quote, r.producer AS producer, r.confidence AS confidence
                ORDER BY party""",
                Map.of(),
                r -> List.of(
                        r.get("mediator").asString(),
                        r.get("party").asString(),
                        r.get("date").asString(),
                        r.get("cameo").asString(),
                        r.get("source").asString(),
                        r.get("quote").asString(),
                        r.get("producer").asString(),
                        r.get("confidence").asDouble()));

        assertThat(rows)
                .containsExactly(
                        List.of(
                                "Alexander Lukashenko",
                                "Vladimir Putin",
                                "2023-06-24",
                                "045",
                                "Belarus leader brokers end to mutiny",
                                "acted as the go-between for the Kremlin and Prigozhin",
                                "curated",
                                1.0),
                        List.of(
                                "Alexander Lukashenko",
                                "Yevgeny Prigozhin",
                                "2023-06-24",
                                "045",
                                "Belarus leader brokers end to mutiny",
                                "acted as the go-between for the Kremlin and Prigozhin",
                                "curated",
                                1.0));
    }

    @Test
    void unites_aliases_and_name_keys_across_sources() throws Exception {
        importPaths(fixture());

        var entity = graph.read(
                        "MATCH (e:Entity {id: 'alexander-lukashenko'}) "
                                + "RETURN e.aliases AS aliases, e.keys AS keys, labels(e) AS labels, "
                                + "[(e)-[:MENTIONED_IN]->(s) | s.id] AS sources",
                        Map.of(),
                        r -> Map.of(
                                "aliases",
                                r.get("aliases").asList(),
                                "keys",
                                r.get("keys").asList(),
                                "labels",
                                r.get("labels").asList(),
                                "sources",
                                r.get("sources").asList()))
                .get(0);

        assertThat(entity.get("aliases"))
                .containsExactly("Lukashenko", "Аляксандр Лукашэнка", "Lukaschenko", "Александр Лукашенко");
        assertThat(entity.get("keys"))
                .containsExactly(
                        "alexander lukashenko",
                        "lukashenko",
                        "alyaksandr lukashenka",
                        "lukaschenko",
                        "aleksandr lukashenko");
        assertThat(entity.get("labels")).containsExactlyInAnyOrder("Entity", "Person");
        assertThat(entity.get("sources")).containsExactlyInAnyOrder("wire-2023-06-25", "daily-2021-11-19");
    }

    @Test
    void keeps_partial_dates_and_their_bounds() throws Exception {
        importPaths(fixture());

        var row = graph.read(
                "MATCH (e:Event {id: '2023-06-mutiny'}) "
                        + "RETURN e.date AS date, toString(e.dateStart) AS first, toString(e.dateEnd) AS last",
                Map.of(),
                r -> List.of(
                        r.get("date").asString(),
                        r.get("first").asString(),
                        r.get("last").asString()));

        assertThat(row).containsExactly(List.of("2023-06", "2023-06-01", "2023-06-30"));
    }

    @Test
    void a_fact_stated_by_two_sources_has_two_ties() throws Exception {
        importPaths(fixture());

        var rows = graph.read(
                "MATCH (:Entity {id: 'alexander-lukashenko'})-[t:ALLY_OF]->(:Entity {id: 'vladimir-putin'}) "
                        + "RETURN t.source AS source, t.confidence AS confidence ORDER BY source",
                Map.of(),
                r -> r.get("source").asString() + "@" + r.get("confidence").asDouble());

        assertThat(rows).containsExactly("daily-2021-11-19@0.8", "wire-2023-06-25@1.0");
    }

    @Test
    void an_edited_row_is_an_update_of_that_record_only() throws Exception {
        Path copy = copyFixture();
        importPaths(copy);
        Path entities = copy.resolve("entities.csv");
        Files.writeString(
                entities, Files.readString(entities).replace("Private military company", "Mercenary company"));

        ImportReport report = importPaths(copy);

        assertThat(report.counts().get(Table.ENTITIES)).isEqualTo(new WriteCounts(0, 1, 5));
        assertThat(graph.read(
                        "MATCH (e:Entity {id: 'wagner-group'}) RETURN e.description AS d", Map.of(), r -> r.get("d")
                                .asString()))
                .containsExactly("Mercenary company");
    }

    @Test
    void reads_json_lines_with_the_same_fields() throws Exception {
        Path file = dir.resolve("people.jsonl");
        Files.writeString(file, """
                {"record":"source","source":"s1","title":"A report"}
                {"record":"entity","entity":"p1","type":"person","name":"Ann Example","aliases":["A. Example","Анна"],"source":"s1"}

                {"record":"entity","entity":"o1","type":"organization","name":"Example Party","kind":"party"}
                {"record":"tie","from":"p1","type":"member-of","to":"o1","role":"chair","start":"2019","source":"s1","confidence":0.5}
                """);

        ImportReport report = importPaths(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.total()).isEqualTo(new WriteCounts(4, 0, 0));
        assertThat(graph.read(
                        "MATCH (p:Person)-[t:MEMBER_OF]->(o:Organization) "
                                + "RETURN p.aliases AS a, t.role AS role, t.start AS start, t.confidence AS c, o.kind AS kind",
                        Map.of(),
                        r -> List.of(
                                r.get("a").asList(),
                                r.get("role").asString(),
                                r.get("start").asString(),
                                r.get("c").asDouble(),
                                r.get("kind").asString())))
                .containsExactly(List.of(List.of("A. Example", "Анна"), "chair", "2019", 0.5, "party"));
    }

    // --- bad input: every problem is located, and nothing is written ---

    private ImportReport importBad(String fileName, String content) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content);
        return importPaths(file);
    }

    private void assertNothingWritten(ImportReport report) {
        assertThat(report.written()).isFalse();
        assertThat(graph.counts()).isEqualTo(new Graph.Counts(0, 0));
    }

    @Test
    void a_row_with_too_few_fields_is_named_by_file_and_line() throws Exception {
        ImportReport report = importBad("sources.csv", "source,title\ns1,Fine\ns2\n");

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(dir.resolve("sources.csv") + ":3: expected 2 fields as in the header, found 1");
        assertNothingWritten(report);
    }

    @Test
    void a_tie_to_an_entity_that_does_not_exist_is_named_with_its_column() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,A report\n");
        Files.writeString(dir.resolve("entities.csv"), "entity,type,name\np1,person,Ann\n");
        Files.writeString(dir.resolve("ties.csv"), "from,type,to,source\np1,advises,p2,s1\n");

        ImportReport report = importPaths(dir);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        dir.resolve("ties.csv")
                                + ":2: column 'to': refers to entity 'p2', which is neither in this import (as a valid row) nor in the database");
        assertNothingWritten(report);
    }

    @Test
    void a_tie_to_an_entity_already_in_the_database_is_fine() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,A report\n");
        Files.writeString(dir.resolve("entities.csv"), "entity,type,name\np1,person,Ann\np2,person,Bob\n");
        importPaths(dir);
        Path ties = Files.createDirectory(dir.resolve("later")).resolve("ties.csv");
        Files.writeString(ties, "from,type,to,source\np1,advises,p2,s1\n");

        ImportReport report = importPaths(ties);

        assertThat(report.problems()).isEmpty();
        assertThat(report.total()).isEqualTo(new WriteCounts(1, 0, 0));
    }

    @Test
    void bad_dates_types_roles_and_numbers_are_each_named() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,A report\n");
        Files.writeString(
                dir.resolve("entities.csv"),
                "entity,type,name,kind,country\n" + "p1,persn,Ann,,\n" + "o1,organization,Org,bakery,\n"
                        + "p2,person,Bob,,Belarus\n");
        Files.writeString(
                dir.resolve("events.csv"),
                "event,type,date,title,source,confidence\n" + "e1,meeting,2020-13-01,A meeting,s1,\n"
                        + "e2,meting,2020,Another,s1,1.5\n");
        Files.writeString(dir.resolve("participants.csv"), "event,entity,role,source\ne1,p2,mediatr,s1\n");

        ImportReport report = importPaths(dir);

        String d = dir.toString();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        d
                                + "/entities.csv:2: column 'type': unknown type 'persn'; expected one of person, organization, place",
                        d
                                + "/entities.csv:3: column 'kind': unknown organization kind 'bakery'; expected one of armed-group, "
                                + "company, court, government, international, media, military-unit, movement, ngo, other, "
                                + "party, prison, religious, security-service, state, university",
                        d + "/entities.csv:4: column 'country': too long: 7 characters, at most 2",
                        d
                                + "/entities.csv:4: column 'country': expected a two-letter ISO 3166 code such as BY, got 'Belarus'",
                        d
                                + "/events.csv:2: column 'date': expected a date as 2020, 2020-10 or 2020-10-10, got '2020-13-01'",
                        d
                                + "/events.csv:3: column 'type': unknown type 'meting'; expected one of mediation, negotiation, "
                                + "meeting, phone-call, visit, appeal, statement, support, pressure, arrest, sentence, release, "
                                + "appointment, election, protest, mutiny, sanction, deployment, agreement, accusation, threat, "
                                + "attack, other",
                        d + "/events.csv:3: column 'confidence': expected a number from 0 to 1, got 1.5",
                        d
                                + "/participants.csv:2: column 'role': unknown role 'mediatr'; expected one of mediator, party, "
                                + "participant, host, initiator, target, subject, location");
        assertNothingWritten(report);
    }

    @Test
    void a_file_in_another_encoding_is_rejected_with_its_line() throws Exception {
        Path file = dir.resolve("entities.csv");
        Files.write(
                file, "entity,type,name\np1,person,Ann\np2,person,J\u00f6rg\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = importPaths(file);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":3: not valid UTF-8: save the file as UTF-8 (nothing of this file is imported)");
        assertNothingWritten(report);
    }

    @Test
    void unknown_and_missing_columns_are_named() throws Exception {
        ImportReport report = importBad("entities.csv", "entity,typ,name\np1,person,Ann\n");

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        dir.resolve("entities.csv")
                                + ":1: column 'typ': unknown column for entities (see docs/IMPORT.md)",
                        dir.resolve("entities.csv") + ":1: column 'type': required column missing");
        assertNothingWritten(report);
    }

    @Test
    void an_unclosed_quote_is_named_by_line() throws Exception {
        ImportReport report = importBad("sources.csv", "source,title\ns1,Fine\ns2,\"Never closed\ns3,Lost\n");

        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).toString()).startsWith(dir.resolve("sources.csv") + ":3: unreadable CSV");
        assertNothingWritten(report);
    }

    @Test
    void broken_json_lines_are_named_by_line_and_field() throws Exception {
        ImportReport report = importBad("data.jsonl", """
                {"record":"source","source":"s1","title":"Fine"}
                {"record":"source","source":"s2",
                {"record":"sauce","source":"s3","title":"x"}
                {"record":"source","source":"s4","title":{"nested":true}}
                [1,2]
                {"record":"entity","entity":"e1","type":"person","name":123}
                {"record":"entity","entity":["x"],"type":"person","name":"X"}
                {"record":"source","source":"s5","title":"A","title":"B"}
                {"record":"entity","entity":"e2","type":"person","name":"Y","aliases":["Why",7]}
                """);

        String f = dir.resolve("data.jsonl").toString();
        assertThat(report.problems()).extracting(Problem::toString).hasSize(8).satisfies(p -> {
            assertThat(p.get(0)).startsWith(f + ":2: not valid JSON");
            assertThat(p.get(1))
                    .isEqualTo(f + ":3: column 'record': expected \"record\" to be one of source, entity, "
                            + "event, participant, tie");
            assertThat(p.get(2)).isEqualTo(f + ":4: column 'title': expected a text, got an object");
            assertThat(p.get(3)).isEqualTo(f + ":5: expected one JSON object a line");
            assertThat(p.get(4)).isEqualTo(f + ":6: column 'name': expected a text, got a number (123)");
            assertThat(p.get(5)).isEqualTo(f + ":7: column 'entity': expected a text, got a list");
            assertThat(p.get(6)).isEqualTo(f + ":8: column 'title': appears more than once in the object");
            assertThat(p.get(7)).isEqualTo(f + ":9: column 'aliases': expected a text or a list of texts, got a list");
        });
        assertNothingWritten(report);
    }

    @Test
    void skip_invalid_imports_the_valid_rows_and_skips_their_dependents() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,A report\n");
        Files.writeString(dir.resolve("entities.csv"), "entity,type,name\np1,person,Ann\np2,persn,Bob\np3,person,Cy\n");
        Files.writeString(dir.resolve("ties.csv"), "from,type,to,source\np1,advises,p2,s1\np1,advises,p3,s1\n");

        ImportReport report = importer.run(
                NativeImporter.inputs(List.of(dir)), new ImportOptions(10, true, false), Importer.Progress.NONE);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        dir
                                + "/entities.csv:3: column 'type': unknown type 'persn'; expected one of person, organization, place",
                        dir
                                + "/ties.csv:2: column 'to': refers to entity 'p2', which is neither in this import (as a valid row) "
                                + "nor in the database");
        assertThat(report.rowsSkipped()).isEqualTo(2);
        assertThat(graph.read("MATCH (a)-[:ADVISES]->(b) RETURN a.id + '>' + b.id AS t", Map.of(), r -> r.get("t")
                        .asString()))
                .containsExactly("p1>p3");
    }

    @Test
    void a_source_url_must_be_a_web_address() throws Exception {
        ImportReport report = importBad(
                "sources.csv", "source,title,url\ns1,Fine,https://example.org/a\n" + "s2,Bad,javascript:alert(1)\n");

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        dir.resolve("sources.csv")
                                + ":3: column 'url': expected a web address starting with http:// or https://, got 'javascript:alert(1)'");
        assertNothingWritten(report);
    }

    @Test
    void check_only_reports_the_problems_and_writes_nothing() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,A report\n");
        Files.writeString(dir.resolve("entities.csv"), "entity,type,name\np1,person,Ann\np2,persn,Bob\n");

        ImportReport report = importer.run(
                NativeImporter.inputs(List.of(dir)), new ImportOptions(10, true, true), Importer.Progress.NONE);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        dir
                                + "/entities.csv:3: column 'type': unknown type 'persn'; expected one of person, organization, place");
        assertThat(report.rowsRead()).isEqualTo(3);
        assertNothingWritten(report);
    }

    @Test
    void a_batch_the_database_refuses_leaves_nothing_of_itself_and_keeps_the_batches_before() throws Exception {
        graph.autoCommit("CREATE CONSTRAINT test_unique_name FOR (e:Entity) REQUIRE e.name IS UNIQUE", Map.of());
        try {
            Files.writeString(
                    dir.resolve("entities.csv"),
                    "entity,type,name\np1,person,Ann\np2,person,Bob\np3,person,Cy\np4,person,Cy\np5,person,Di\n");

            assertThatThrownBy(() -> importer.run(
                            NativeImporter.inputs(List.of(dir)),
                            new ImportOptions(2, false, false),
                            Importer.Progress.NONE))
                    .hasMessageContaining("already exists");

            assertThat(graph.read("MATCH (e:Entity) RETURN e.id AS id ORDER BY id", Map.of(), r -> r.get("id")
                            .asString()))
                    .containsExactly("p1", "p2");
        } finally {
            graph.autoCommit("DROP CONSTRAINT test_unique_name", Map.of());
        }
    }

    @Test
    void ties_in_many_batches_keep_the_order_of_their_rows() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "source,title\ns1,One\n");
        Files.writeString(
                dir.resolve("entities.csv"),
                "entity,type,name,source\na,person,Ann,s1\nb,person,Bob,s1\nc,person,Cy,s1\nd,person,Di,s1\n");
        // One row a batch: the ties go through both writers, and the rows of a -> b, repeated and then edited,
        // must be written in their order.
        Files.writeString(dir.resolve("ties.csv"), """
                from,type,to,role,start,end,source,quote,producer,confidence
                a,ally-of,b,,,,s1,first,,
                c,ally-of,d,,,,s1,second,,
                b,ally-of,c,,,,s1,third,,
                a,ally-of,b,,,,s1,first,,
                d,ally-of,a,,,,s1,fourth,,
                a,ally-of,b,,,,s1,edited,,
                """);

        ImportReport report = importer.run(
                NativeImporter.inputs(List.of(dir)), new ImportOptions(1, false, false), Importer.Progress.NONE);

        assertThat(report.counts().get(Table.TIES)).isEqualTo(new WriteCounts(4, 1, 1));
        assertThat(graph.read(
                        "MATCH (x:Entity)-[t:ALLY_OF]->(y:Entity) RETURN x.id + '>' + y.id + ' ' + t.quote AS tie"
                                + " ORDER BY tie",
                        Map.of(),
                        r -> r.get("tie").asString()))
                .containsExactly("a>b edited", "b>c third", "c>d second", "d>a fourth");
    }

    private Path copyFixture() throws IOException, URISyntaxException {
        Path copy = Files.createDirectory(dir.resolve("copy"));
        try (var files = Files.list(fixture())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
