package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmImporterTest {

    private Graph graph;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
    }

    static Path fixture(String name) {
        return TestSupport.fixture("ftm/" + name);
    }

    private ImportReport importFtm(Path... paths) {
        return new FtmImporter(graph).run(NativeImporter.inputs(List.of(paths)), ImportOptions.DEFAULT);
    }

    private List<String> strings(String cypher) {
        return graph.read(cypher, Map.of(), r -> r.get(0).asString());
    }

    @Test
    void imports_people_companies_ties_events_and_sanctions_with_their_data_sets() throws Exception {
        ImportReport report = importFtm(fixture("cluster.ftm.json"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(15);
        assertThat(report.leftOut())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Vessel", 1L,
                        "Ownership linking to a left-out record", 1L,
                        "address links to addresses not in the import", 1L));
        assertThat(strings("MATCH (e:Entity) RETURN e.id + ' ' + [l IN labels(e) WHERE l <> 'Entity'][0] + ' '"
                        + " + e.name + ' ' + coalesce(e.kind, '-') + ' ' + coalesce(e.country, '-') ORDER BY e.id"))
                .containsExactly(
                        "addr-1 Place 12 Lesnaya St, Izhevsk, 426000, Russia address RU",
                        "authority-office-of-foreign-assets-control Organization Office of Foreign Assets Control "
                                + "sanctioning authority US",
                        "c-orlan Organization Orlan Avia LLC company RU",
                        "o-assoc Organization Association of Drone Makers - -",
                        "p-olga Person Olga Sidorenko - -",
                        "p-sidorenko Person Ivan Petrovich Sidorenko - RU");
        assertThat(strings("MATCH (s:Source) RETURN s.id + ' ' + s.title + ' ' + s.kind ORDER BY s.id"))
                .containsExactly("test_registry test_registry dataset", "test_sanctions test_sanctions dataset");
        assertThat(strings("""
                MATCH (a:Entity)-[r]->(b:Entity)
                RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.role, '-') + ' ' + coalesce(r.start, '-')
                       + ' ' + r.source + ' ' + r.ftmId
                ORDER BY a.id, type(r), b.id, r.source"""))
                .containsExactly(
                        "c-orlan LOCATED_IN addr-1 address - test_registry c-orlan",
                        "c-orlan MEMBER_OF o-assoc - - test_registry mem-1",
                        "p-olga ADVISES c-orlan informal adviser - test_sanctions ul-1",
                        "p-olga FAMILY p-sidorenko Wife - test_sanctions fam-1",
                        "p-sidorenko DIRECTOR_OF c-orlan General Director 2016 test_registry dir-1",
                        "p-sidorenko LOCATED_IN addr-1 address - test_registry p-sidorenko",
                        "p-sidorenko LOCATED_IN addr-1 address - test_sanctions p-sidorenko",
                        "p-sidorenko OWNS c-orlan 60% 2015-04-02 test_registry own-1");
        assertThat(strings("""
                MATCH (e:Entity)-[r]->(ev:Event)-[:REPORTED_IN]->(s:Source)
                RETURN ev.type + ' ' + coalesce(ev.date, '-') + ' ' + ev.title + ' | ' + type(r) + ' ' + e.id
                       + ' ' + coalesce(r.detail, '-') + ' ' + s.id
                ORDER BY ev.type, type(r)"""))
                .containsExactly(
                        "meeting 2022-09-01 Drone industry forum | INITIATOR o-assoc - test_registry",
                        "meeting 2022-09-01 Drone industry forum | PARTICIPANT p-sidorenko - test_registry",
                        "sanction 2023-05-19 Sanction by Office of Foreign Assets Control: RUSSIA-EO14024 | INITIATOR "
                                + "authority-office-of-foreign-assets-control - test_sanctions",
                        "sanction 2023-05-19 Sanction by Office of Foreign Assets Control: RUSSIA-EO14024 | TARGET "
                                + "p-sidorenko - test_sanctions");
    }

    @Test
    void keeps_every_name_as_an_alias_and_the_record_data_as_attributes() throws Exception {
        importFtm(fixture("cluster.ftm.json"));

        var person = graph.read("MATCH (p:Person {id: 'p-sidorenko'}) RETURN p", Map.of(), r -> r.get("p")
                        .asMap())
                .get(0);
        assertThat(person.get("aliases"))
                .isEqualTo(List.of(
                        "Ivan Petrovich SIDORENKO", "Иван Петрович Сидоренко", "SIDORENKO, Ivan", "Ivan Sydorenko"));
        assertThat(person.get("keys")).isEqualTo(List.of("ivan sidorenko", "ivan sydorenko"));
        assertThat(person.get("birthDate")).isEqualTo(List.of("1969-03-14"));
        assertThat(person.get("innCode")).isEqualTo(List.of("770012345678"));
        assertThat(person.get("identifiers")).isEqualTo(List.of("passport: 751234567 (RU)"));
        assertThat(person.get("description")).isEqualTo("General Director of Orlan Avia");
        assertThat(person).doesNotContainKeys("addressEntity", "name_", "alias");
        var mention = graph.read(
                """
                MATCH (:Person {id: 'p-sidorenko'})-[m:MENTIONED_IN]->(s:Source {id: 'test_sanctions'})
                RETURN m.producer AS producer, m.sourceUrl AS url, m.firstSeen AS first, m.lastSeen AS last""",
                Map.of(),
                r -> List.of(
                        r.get("producer").asString(),
                        r.get("url").asString(),
                        r.get("first").asString(),
                        r.get("last").asString()));
        assertThat(mention)
                .containsExactly(List.of(
                        "ftm",
                        "https://registry.example.org/persons/4412",
                        "2023-05-19T10:00:00",
                        "2026-04-01T08:00:00"));
    }

    @Test
    void importing_twice_changes_nothing() throws Exception {
        importFtm(fixture("cluster.ftm.json"));
        String before = TestNeo4j.fingerprint(graph);

        ImportReport again = importFtm(fixture("cluster.ftm.json"));

        assertThat(again.total().created()).isZero();
        assertThat(again.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_person_already_in_the_graph_takes_the_records_names_instead_of_a_duplicate() throws Exception {
        new NativeImporter(graph)
                .run(
                        NativeImporter.inputs(List.of(NativeImporterTest.fixture())),
                        ImportOptions.DEFAULT,
                        Importer.Progress.NONE);

        ImportReport report = importFtm(fixture("lukashenko.ftm.json"));

        assertThat(report.problems()).isEmpty();
        assertThat(strings("MATCH (p:Person) WHERE p.name CONTAINS 'Lukashenko' RETURN p.id ORDER BY p.id"))
                .containsExactly("alexander-lukashenko", "by-viktor");
        var lukashenko = graph.read("MATCH (p:Person {id: 'alexander-lukashenko'}) RETURN p", Map.of(), r -> r.get("p")
                        .asMap())
                .get(0);
        assertThat(lukashenko.get("name")).isEqualTo("Alexander Lukashenko");
        assertThat(lukashenko.get("description")).isEqualTo("President of Belarus");
        assertThat(lukashenko.get("externalIds")).isEqualTo(List.of("by-lukashenko"));
        assertThat((List<Object>) lukashenko.get("aliases"))
                .contains("LUKASHENKO, Alexander Grigoryevich", "Александр Григорьевич Лукашенко");
        assertThat(lukashenko.get("birthDate")).isEqualTo(List.of("1954-08-30"));
        assertThat(strings("MATCH (a)-[r:FAMILY]->(b) RETURN a.id + ' ' + r.role + ' ' + b.id"))
                .containsExactly("by-viktor Son alexander-lukashenko");

        String before = TestNeo4j.fingerprint(graph);
        ImportReport again = importFtm(fixture("lukashenko.ftm.json"));
        assertThat(again.total()).isEqualTo(new WriteCounts(0, 0, again.total().total()));
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void a_birth_date_that_disagrees_keeps_a_namesake_apart() throws Exception {
        new NativeImporter(graph)
                .run(
                        NativeImporter.inputs(List.of(NativeImporterTest.fixture())),
                        ImportOptions.DEFAULT,
                        Importer.Progress.NONE);
        importFtm(fixture("lukashenko.ftm.json"));
        Path namesake = dir.resolve("namesake.ftm.json");
        Files.writeString(namesake, """
                {"id": "other-al", "schema": "Person", "properties": {"name": ["Alexander Lukashenko"], \
                "birthDate": ["1990-01-01"]}, "datasets": ["test_registry"]}
                """);

        importFtm(namesake);

        assertThat(strings("MATCH (p:Person) WHERE 'alexander lukashenko' IN p.keys RETURN p.id ORDER BY p.id"))
                .containsExactly("alexander-lukashenko", "other-al");
    }

    @Test
    void bad_records_are_reported_with_file_line_and_field_and_nothing_is_written() throws IOException {
        Path file = dir.resolve("bad.ftm.json");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Anna Test\"]}}",
                                "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {}}",
                                "{\"id\": \"t\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"], \"asset\": [\"nowhere\"]}}",
                                "{\"id\": \"d\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"a\"], "
                                        + "\"organization\": [\"a\"], \"startDate\": [\"last spring\"]}}",
                                "{\"schema\": \"Person\"}",
                                "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": {\"first\": \"X\"}}}",
                                "not json",
                                "")
                        + "\n",
                StandardCharsets.UTF_8);

        ImportReport report = importFtm(file);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":2: column 'properties.name': a Person needs a name",
                        file
                                + ":4: column 'properties.startDate': not a date: 'last spring' (expected YYYY, YYYY-MM or "
                                + "YYYY-MM-DD, a time may follow)",
                        file + ":5: column 'id': required: a FollowTheMoney entity has an \"id\" and a \"schema\"",
                        file + ":6: column 'properties.name': expected a list of texts",
                        file
                                + ":7: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, "
                                + "Object or token 'null', 'true' or 'false')",
                        file
                                + ":3: column 'properties.asset': refers to 'nowhere', which is neither in this import (as a "
                                + "valid record) nor in the database");
        assertThat(report.written()).isFalse();
        assertThat(graph.counts()).isEqualTo(new Graph.Counts(0, 0));
    }

    @Test
    void skip_invalid_imports_the_valid_records_only() throws IOException {
        Path file = dir.resolve("mixed.ftm.json");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Anna Test\"]}}",
                        "{\"id\": \"c\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Test Holding\"]}}",
                        "{\"id\": \"t\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"], \"asset\": [\"c\"]}}",
                        "{\"id\": \"u\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"], \"asset\": [\"gone\"]}}"),
                StandardCharsets.UTF_8);

        ImportReport report = new FtmImporter(graph)
                .run(NativeImporter.inputs(List.of(file)), new ImportOptions(10_000, true, false));

        assertThat(report.rowsSkipped()).isEqualTo(1);
        assertThat(strings("MATCH (a)-[r:OWNS]->(b) RETURN a.id + '>' + b.id + ' ' + r.source"))
                .containsExactly("a>c mixed.ftm.json");
    }
}
