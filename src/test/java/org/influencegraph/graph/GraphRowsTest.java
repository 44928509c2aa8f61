package org.influencegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How callers outside graph read answers ({@link Row}, {@link Field}) and what they get when the database is gone. */
class GraphRowsTest {

    @TempDir
    Path dir;

    private record Person(String id, String name, long born, double score, boolean alive, List<String> aliases) {}

    @Test
    void a_row_reads_columns_by_name_and_index_with_defaults_for_nulls_and_lists_by_element() {
        Graph graph = TestNeo4j.graph();

        List<Person> people = graph.read(
                """
                UNWIND $rows AS row
                RETURN row.id AS id, row.name AS name, row.born AS born, row.score AS score, row.alive AS alive,
                       row.aliases AS aliases
                ORDER BY id""",
                Map.of(
                        "rows",
                        List.of(
                                Map.of(
                                        "id",
                                        "p1",
                                        "name",
                                        "Ana Popa",
                                        "born",
                                        1961,
                                        "score",
                                        0.5,
                                        "alive",
                                        true,
                                        "aliases",
                                        List.of("A. Popa", "Popa")),
                                Map.of("id", "p2", "aliases", List.of()))),
                r -> new Person(
                        r.get(0).asString(),
                        r.get("name").asString(null),
                        r.get("born").asLong(-1),
                        r.get("score").asDouble(0),
                        r.get("alive").asBoolean(false),
                        r.get("aliases").asList(Field::asString)));

        assertThat(people)
                .containsExactly(
                        new Person("p1", "Ana Popa", 1961, 0.5, true, List.of("A. Popa", "Popa")),
                        new Person("p2", null, -1, 0, false, List.of()));
    }

    @Test
    void a_row_names_its_columns_and_reads_map_entries() {
        List<List<Object>> rows = TestNeo4j.graph()
                .read(
                        "RETURN {name: 'Popa', ties: [1, 2]} AS m, null AS nothing",
                        Map.of(),
                        r -> List.of(
                                r.columns(),
                                r.get("m").get("name").asString(),
                                r.get("m").get("ties").size(),
                                r.get("m").asMap(),
                                r.get("nothing").isNull()));

        assertThat(rows)
                .containsExactly(List.of(
                        List.of("m", "nothing"), "Popa", 2, Map.of("name", "Popa", "ties", List.of(1L, 2L)), true));
    }

    @Test
    void every_way_in_answers_unavailable_once_the_database_is_gone() {
        try (App app = App.open(TestSupport.embedded(dir), false)) {
            Graph graph = app.graph();
            app.embedded().close();

            for (Runnable call : List.<Runnable>of(
                    () -> graph.read("RETURN 1 AS n", Map.of(), r -> r.get("n").asLong()),
                    () -> graph.readOnce(
                            "RETURN 1 AS n", Map.of(), r -> r.get("n").asLong()),
                    () -> graph.write("RETURN 1 AS n", Map.of(), r -> r.get("n").asLong()),
                    () -> graph.autoCommit("RETURN 1", Map.of()),
                    () -> graph.query("RETURN 1 AS n", Map.of(), java.time.Duration.ofSeconds(5), 10))) {
                assertThatThrownBy(call::run)
                        .isInstanceOfSatisfying(
                                UserError.class, e -> assertThat(e.kind()).isEqualTo(UserError.Kind.UNAVAILABLE))
                        .hasMessageStartingWith("Neo4j cannot be reached: ");
            }
        }
    }
}
