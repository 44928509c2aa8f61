package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.names.NameKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated dataset from the five seed articles: it loads cleanly and states what the articles state. */
class SampleDataTest {

    private static Graph graph;
    private static ImportReport report;

    @BeforeAll
    static void load() {
        graph = TestNeo4j.clean();
        report = SampleData.loadIfEmpty(graph);
    }

    private static List<String> strings(String cypher, Map<String, Object> params) {
        return graph.read(cypher, params, r -> r.get(0).asString());
    }

    @Test
    void loads_with_zero_problems_and_the_expected_volume() {
        assertThat(report.problems()).isEmpty();
        long actors = graph.read("MATCH (e:Person|Organization) RETURN count(e) AS n", Map.of(), r -> r.get("n")
                        .asLong())
                .get(0);
        long events = graph.read("MATCH (e:Event) RETURN count(e) AS n", Map.of(), r -> r.get("n")
                        .asLong())
                .get(0);
        long ties = graph.read("MATCH (:Entity)-[t]->(:Entity) RETURN count(t) AS n", Map.of(), r -> r.get("n")
                        .asLong())
                .get(0);
        assertThat(actors).isGreaterThan(40);
        assertThat(events + ties).isGreaterThan(25);
    }

    @Test
    void every_event_and_tie_carries_a_source_that_exists() {
        assertThat(graph.read(
                        "MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Source) RETURN count(e) AS n",
                        Map.of(),
                        r -> r.get("n").asLong()))
                .containsExactly(0L);
        assertThat(graph.read(
                        "MATCH (:Entity)-[t]->(x) WHERE NOT type(t) IN ['MENTIONED_IN'] "
                                + "AND (t.source IS NULL OR NOT EXISTS { MATCH (s:Source {id: t.source}) }) RETURN count(t) AS n",
                        Map.of(),
                        r -> r.get("n").asLong()))
                .containsExactly(0L);
    }

    @Test
    void lukashenko_mediated_between_putin_and_prigozhin_in_june_2023() {
        var rows = graph.read(
                """
                MATCH (m:Person)-[:MEDIATOR]->(e:Event {type: 'mediation'})-[r:REPORTED_IN]->(s:Source)
                MATCH (p)-[:PARTY]->(e)
                WITH m, e, s, r, p ORDER BY p.name
                RETURN m.name AS mediator, e.date AS date, collect(p.name) AS parties, s.publisher AS publisher,
                       r.quote AS quote""",
                Map.of(),
                r -> List.of(
                        r.get("mediator").asString(),
                        r.get("date").asString(),
                        r.get("parties").asList(),
                        r.get("publisher").asString(),
                        r.get("quote").asString()));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(0, 4))
                .containsExactly(
                        "Alexander Lukashenko",
                        "2023-06-24",
                        List.of("Vladimir Putin", "Wagner Group", "Yevgeny Prigozhin"),
                        "The Conversation");
        assertThat((String) rows.get(0).get(4)).contains("intermediary");
    }

    @Test
    void putin_called_on_lukashenko_to_start_a_dialogue_with_the_opposition() {
        var rows = graph.read(
                """
                MATCH (i)-[:INITIATOR]->(e:Event {type: 'appeal', date: '2021-11-18'})<-[:TARGET]-(t)
                MATCH (s)-[:SUBJECT]->(e)
                WITH i, t, e, s ORDER BY s.name
                RETURN i.name AS initiator, t.name AS target, e.cameo AS cameo, collect(s.name) AS subjects""",
                Map.of(),
                r -> List.of(
                        r.get("initiator").asString(),
                        r.get("target").asString(),
                        r.get("cameo").asString(),
                        r.get("subjects").asList()));

        assertThat(rows)
                .containsExactly(List.of(
                        "Vladimir Putin",
                        "Alexander Lukashenko",
                        "026",
                        List.of("Belarusian opposition", "Government of Belarus")));
    }

    @Test
    void the_october_2020_prison_meeting_has_lukashenko_and_each_named_prisoner() {
        var people = strings("""
                MATCH (p:Person)-[:PARTICIPANT]->(e:Event {type: 'meeting', date: '2020-10-10'})
                RETURN p.name ORDER BY p.name""", Map.of());
        var place = strings(
                "MATCH (p:Place)-[:LOCATION]->(:Event {type: 'meeting', date: '2020-10-10'}) RETURN p.name", Map.of());

        assertThat(people)
                .containsExactly("Alexander Lukashenko", "Liliya Vlasova", "Viktor Babariko", "Vitali Shkliarov");
        assertThat(place).containsExactly("Minsk");
    }

    @Test
    void every_spelling_of_tsikhanouskaya_is_one_person() {
        for (String spelling : List.of("Tikhanovskaya", "Tsikhanouskaya", "Tsikhanouska", "Svetlana Tikhanovskaya")) {
            assertThat(strings(
                            "MATCH (e:Entity) WHERE $key IN e.keys RETURN e.id", Map.of("key", NameKeys.key(spelling))))
                    .as(spelling)
                    .containsExactly("sviatlana-tsikhanouskaya");
        }
    }

    @Test
    void her_husband_and_her_senior_adviser_are_tied_to_her() {
        var ties = strings("""
                MATCH (x:Person)-[t:FAMILY|ADVISES]->(:Person {id: 'sviatlana-tsikhanouskaya'})
                RETURN x.name + ' ' + type(t) + ' ' + t.role ORDER BY x.name""", Map.of());

        assertThat(ties)
                .containsExactly("Franak Viacorka ADVISES senior adviser", "Siarhei Tsikhanouski FAMILY spouse");
    }

    @Test
    void coordination_council_members_and_the_adviser_of_the_russian_opposition() {
        assertThat(strings(
                        "MATCH (p:Person)-[:MEMBER_OF]->(:Organization {id: 'coordination-council'}) "
                                + "RETURN p.name ORDER BY p.name",
                        Map.of()))
                .containsExactly("Liliya Vlasova", "Pavel Latushko");
        assertThat(strings(
                        "MATCH (p:Person)-[:ADVISES]->(:Organization {id: 'russian-opposition'}) RETURN p.name",
                        Map.of()))
                .containsExactly("Vitali Shkliarov");
    }

    @Test
    void the_two_first_names_of_oreshkin_are_kept_as_a_recorded_doubt() {
        assertThat(strings(
                        "MATCH (a:Person)-[:POSSIBLY_SAME_AS]-(b:Person) WHERE a.id < b.id "
                                + "RETURN a.name + ' / ' + b.name",
                        Map.of()))
                .containsExactly("Andrei Oreshkin / Dmitry Oreshkin");
        assertThat(strings(
                        "MATCH (p:Person) WHERE p.name ENDS WITH 'Oreshkin' AND p.note IS NOT NULL RETURN p.id "
                                + "ORDER BY p.id",
                        Map.of()))
                .containsExactly("andrei-oreshkin", "dmitry-oreshkin");
    }

    @Test
    void importing_the_sample_again_changes_nothing() {
        Graph.Counts before = graph.counts();

        ImportReport again =
                new NativeImporter(graph).run(SampleData.inputs(), ImportOptions.DEFAULT, Importer.Progress.NONE);

        assertThat(again.total().created()).isZero();
        assertThat(again.total().updated()).isZero();
        assertThat(again.total().unchanged()).isEqualTo(report.total().created());
        assertThat(graph.counts()).isEqualTo(before);
    }
}
