package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.UserError;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvImporterTest {

    private Graph graph;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
    }

    static Path fixture(String name) {
        return TestSupport.fixture("mapped/" + name);
    }

    private ImportReport importWith(Path mapping, Path... csv) {
        return new MappedCsvImporter(graph, CsvMapping.read(mapping))
                .run(NativeImporter.inputs(List.of(csv)), ImportOptions.DEFAULT);
    }

    private List<String> strings(String cypher) {
        return graph.read(cypher, Map.of(), r -> r.get(0).asString());
    }

    @Test
    void a_spreadsheet_of_ties_in_free_text_becomes_typed_ties_with_one_source_a_link() throws Exception {
        ImportReport report = importWith(fixture("ties.yaml"), fixture("ties.csv"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.leftOut()).containsExactlyEntriesOf(Map.of("ties (ties[0]) with an empty type", 1L));
        assertThat(strings("MATCH (e:Entity) RETURN e.id + ' | ' + e.name + ' | ' + reduce(s = '', a IN "
                        + "coalesce(e.aliases, []) | s + a + ';') ORDER BY e.id"))
                .containsExactly(
                        "organization-baltic-co-shipping | Baltic Shipping Co | ",
                        "organization-bank-polar | Polar Bank | ",
                        "organization-holdings-northwind | Northwind Holdings | ",
                        "person-anna-kowalska | Anna Kowalska | ",
                        "person-ivan-petrov | Ivan Petrov | Petrov, Ivan;",
                        "person-marta-nowak | Marta Nowak | ");
        assertThat(strings("MATCH (s:Source) RETURN s.id + ' | ' + s.title + ' | ' + coalesce(s.url, '-') + ' | '"
                        + " + s.kind ORDER BY s.id"))
                .containsExactly(
                        "file-ties-csv | ties.csv | - | spreadsheet",
                        "https://news.example.org/a1 | https://news.example.org/a1 | https://news.example.org/a1 | web page",
                        "https://news.example.org/a2 | https://news.example.org/a2 | https://news.example.org/a2 | web page",
                        "https://news.example.org/a3 | https://news.example.org/a3 | https://news.example.org/a3 | web page",
                        "https://news.example.org/a4 | https://news.example.org/a4 | https://news.example.org/a4 | web page",
                        "source-company-filing-2021 | Company filing 2021 | - | document");
        assertThat(strings("""
                MATCH (a)-[r]->(b:Organization)
                WHERE type(r) <> 'MENTIONED_IN'
                RETURN a.id + ' ' + type(r) + ' ' + b.id + ' | ' + r.role + ' | ' + coalesce(r.start, '-') + '..'
                       + coalesce(r.end, '-') + ' | ' + r.source + ' | ' + coalesce(r.quote, '-') + ' | ' + r.producer
                ORDER BY a.id, b.id, r.source"""))
                .containsExactly(
                        "person-anna-kowalska ADVISES organization-holdings-northwind | senior adviser | 2020-03..- | "
                                + "source-company-filing-2021 | - | mapping:ties.yaml",
                        "person-ivan-petrov OWNS organization-baltic-co-shipping | owns 30% through a trust | 2018..- | "
                                + "https://news.example.org/a3 | - | mapping:ties.yaml",
                        "person-ivan-petrov DIRECTOR_OF organization-holdings-northwind | former chairman of the board | "
                                + "2015..2019 | https://news.example.org/a1 | Named in two investigations | mapping:ties.yaml",
                        "person-ivan-petrov DIRECTOR_OF organization-holdings-northwind | former chairman of the board | "
                                + "2015..2019 | https://news.example.org/a2 | Named in two investigations | mapping:ties.yaml",
                        "person-marta-nowak REPRESENTS organization-holdings-northwind | Lawyer | -..- | file-ties-csv | - "
                                + "| mapping:ties.yaml");
    }

    @Test
    void columns_translate_types_fixed_values_and_id_prefixes_and_a_fixed_source_joins_the_row_sources()
            throws Exception {
        ImportReport report = importWith(fixture("members.json"), fixture("members.csv"));

        assertThat(report.problems()).isEmpty();
        assertThat(strings("MATCH (e:Entity) RETURN e.id + ' ' + [l IN labels(e) WHERE l <> 'Entity'][0] + ' ' + e.name"
                        + " + ' ' + coalesce(e.kind, '-') + ' ' + coalesce(e.country, '-') + ' ' + coalesce(e.description, '-')"
                        + " ORDER BY e.id"))
                .containsExactly(
                        "E01001 Organization Expert Group on Rail Safety expert group - -",
                        "E01002 Organization Expert Group on Urban Data expert group - -",
                        "expert-1 Person Jan Novak - CZ Adviser",
                        "expert-2 Organization Rail Users Forum - BE -",
                        "expert-3 Person Maria Rossi - IT -");
        assertThat(strings("MATCH (a)-[r:MEMBER_OF]->(b) RETURN a.id + '>' + b.id + ' ' + r.role + ' ' + r.source"
                        + " + ' ' + toString(r.confidence) ORDER BY a.id, r.source"))
                .containsExactly(
                        "expert-1>E01001 Member expert-register 0.9",
                        "expert-1>E01001 Member https://register.example.eu/member/1 0.9",
                        "expert-2>E01001 Observer expert-register 0.9",
                        "expert-2>E01001 Observer https://register.example.eu/member/2 0.9",
                        "expert-3>E01002 Chair expert-register 0.9",
                        "expert-3>E01002 Chair https://register.example.eu/member/3 0.9");
        assertThat(
                        strings(
                                "MATCH (s:Source {id: 'expert-register'}) RETURN s.title + ' / ' + s.publisher + ' / ' + s.kind"))
                .containsExactly("Register of expert groups (test copy) / Test Commission / register");
    }

    @Test
    void rows_make_events_with_roles_and_a_stable_id() throws Exception {
        importWith(fixture("meetings.yaml"), fixture("meetings.csv"));

        List<String> events = strings("""
                MATCH (e:Entity)-[r]->(ev:Event)
                RETURN ev.type + ' ' + ev.date + ' ' + ev.title + ' | ' + type(r) + ' ' + e.name + ' | ' + r.source
                ORDER BY ev.date, type(r)""");
        assertThat(events)
                .containsExactly(
                        "meeting 2024-02-10 Talks on a grain corridor | HOST Ahmet Yilmaz | https://news.example.org/m1",
                        "meeting 2024-02-10 Talks on a grain corridor | PARTICIPANT Olena Bondar | https://news.example.org/m1",
                        "meeting 2024-03 Visit to the port | HOST Olena Bondar | https://news.example.org/m2");
        String before = TestNeo4j.fingerprint(graph);

        ImportReport again = importWith(fixture("meetings.yaml"), fixture("meetings.csv"));

        assertThat(again.total().created() + again.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void importing_twice_changes_nothing() throws Exception {
        importWith(fixture("ties.yaml"), fixture("ties.csv"));
        String before = TestNeo4j.fingerprint(graph);

        ImportReport again = importWith(fixture("ties.yaml"), fixture("ties.csv"));

        assertThat(again.total().created() + again.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    /** Rows that repeat what an earlier batch wrote are counted, not sent: the graph is the one a single batch makes. */
    @Test
    void batches_of_one_row_make_the_graph_one_batch_makes_and_a_second_run_changes_nothing() throws Exception {
        importWith(fixture("ties.yaml"), fixture("ties.csv"));
        String oneBatch = TestNeo4j.fingerprint(graph);
        graph = TestNeo4j.clean();
        ImportOptions tiny = new ImportOptions(1, false, false);
        List<ImportInput> inputs = NativeImporter.inputs(List.of(fixture("ties.csv")));
        CsvMapping mapping = CsvMapping.read(fixture("ties.yaml"));

        ImportReport first = new MappedCsvImporter(graph, mapping).run(inputs, tiny);

        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(oneBatch);
        assertThat(first.counts().get(Table.ENTITIES).created()).isEqualTo(6);
        assertThat(first.counts().get(Table.SOURCES).created()).isEqualTo(6);
        ImportReport again = new MappedCsvImporter(graph, mapping).run(inputs, tiny);
        assertThat(again.total().created() + again.total().updated()).isZero();
        assertThat(again.total().unchanged()).isEqualTo(first.total().total());
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(oneBatch);
    }

    /**
     * A new source of an entity this import created is written as a lean mention, counted as the merge counts it
     * (the entity updated); a repeated row changes nothing, and a second run neither.
     */
    @Test
    void a_new_source_of_an_entity_created_in_an_earlier_batch_adds_one_mention() throws Exception {
        Path csv = dir.resolve("ties.csv");
        Files.writeString(csv, """
                person,organization,relationship,since,until,sources,notes
                Anna Kowalska,Northwind Holdings,senior adviser,,,https://s.example.org/1,
                Anna Kowalska,Polar Bank,senior adviser,,,https://s.example.org/2,
                Anna Kowalska,Polar Bank,senior adviser,,,https://s.example.org/2,
                """);
        ImportOptions tiny = new ImportOptions(1, false, false);
        List<ImportInput> inputs = NativeImporter.inputs(List.of(csv));
        CsvMapping mapping = CsvMapping.read(fixture("ties.yaml"));

        ImportReport first = new MappedCsvImporter(graph, mapping).run(inputs, tiny);

        assertThat(first.counts().get(Table.ENTITIES)).isEqualTo(new GraphWriter.WriteCounts(3, 1, 2));
        assertThat(strings("MATCH (e:Entity)-[:MENTIONED_IN]->(s:Source) RETURN e.name + ' | ' + s.id ORDER BY e.name,"
                        + " s.id"))
                .containsExactly(
                        "Anna Kowalska | https://s.example.org/1",
                        "Anna Kowalska | https://s.example.org/2",
                        "Northwind Holdings | https://s.example.org/1",
                        "Polar Bank | https://s.example.org/2");
        String before = TestNeo4j.fingerprint(graph);
        ImportReport again = new MappedCsvImporter(graph, mapping).run(inputs, tiny);
        assertThat(again.total().created() + again.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void a_name_already_in_the_graph_is_matched_not_duplicated() throws Exception {
        new NativeImporter(graph)
                .run(
                        NativeImporter.inputs(List.of(NativeImporterTest.fixture())),
                        ImportOptions.DEFAULT,
                        Importer.Progress.NONE);
        Path csv = dir.resolve("ties.csv");
        Files.writeString(csv, """
                person,organization,relationship,since,until,sources,notes
                "LUKASHENKO, Alexander",Belarusian Potash Company,controls the exports,2013,,https://news.example.org/k1,
                """);

        importWith(fixture("ties.yaml"), csv);

        assertThat(strings("MATCH (p:Person) WHERE 'alexander lukashenko' IN p.keys RETURN p.id"))
                .containsExactly("alexander-lukashenko");
        assertThat(strings("MATCH (a)-[r:CONTROLS]->(b) RETURN a.id + ' ' + b.name + ' ' + r.role"))
                .containsExactly("alexander-lukashenko Belarusian Potash Company controls the exports");
        assertThat(strings("MATCH (p:Person {id: 'alexander-lukashenko'}) RETURN p.name + ' | ' + p.description"))
                .containsExactly("Alexander Lukashenko | President of Belarus");
    }

    @Test
    void cells_that_cannot_be_read_are_reported_with_file_line_and_column_and_nothing_is_written() throws Exception {
        Path csv = dir.resolve("members.csv");
        Files.writeString(csv, """
                id,member_type,name,nationality,professional_title,group_name,group_code,membership_status,uri
                1,Individual expert,Jan Novak,CZ,,Rail Safety,E1,Member,
                2,Robot,R2 Unit,CZ,,Rail Safety,E1,Member,
                """);
        Path dates = dir.resolve("ties.csv");
        Files.writeString(dates, """
                person,organization,relationship,since,until,sources,notes
                Ivan Petrov,Northwind Holdings,member,spring 2020,,,
                """);

        ImportReport members = importWith(fixture("members.json"), csv);
        ImportReport ties = importWith(fixture("ties.yaml"), dates);

        assertThat(members.problems())
                .extracting(Problem::toString)
                .containsExactly(csv + ":3: column "
                        + "'member_type': entities.member.type: 'Robot' is not person, organization or place (translate the "
                        + "cell texts with values: {...})");
        assertThat(ties.problems())
                .extracting(Problem::toString)
                .containsExactly(dates + ":2: column 'since': not a "
                        + "date: 'spring 2020' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        assertThat(graph.counts()).isEqualTo(new Graph.Counts(0, 0));
    }

    @Test
    void a_column_the_mapping_reads_must_be_in_the_header() throws Exception {
        Path csv = dir.resolve("ties.csv");
        Files.writeString(csv, "person,company,relationship,since,until,sources,notes\nA B,C D,member,,,,\n");

        ImportReport report = importWith(fixture("ties.yaml"), csv);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(csv + ":1: column "
                        + "'organization': no such column, which " + fixture("ties.yaml") + " reads at "
                        + "entities.organization.name (the header has: person, company, relationship, since, until, sources, "
                        + "notes)");
        assertThat(graph.counts()).isEqualTo(new Graph.Counts(0, 0));
    }

    @Test
    void mistakes_in_the_mapping_name_the_file_and_the_field() throws IOException {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, """
                entities:
                  person: {type: person, name: person, nickname: nick}
                ties:
                  - {from: person, to: company, type: member-of}
                confidence: 2
                """);

        assertThatThrownBy(() -> CsvMapping.read(mapping))
                .isInstanceOf(UserError.class)
                .hasMessage(mapping + ": confidence: expected a number from 0 to 1; entities.person.nickname: unknown "
                        + "field (expected one of type, name, id, aliases, kind, country, description); ties[0].to: no "
                        + "entity named 'company' under 'entities' (there are: person)");
    }
}
