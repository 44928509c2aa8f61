package org.influencegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.influencegraph.TestNeo4j;
import org.junit.jupiter.api.Test;

class QueryCatalogTest {

    private static final String HEADER = """
            // title: Test
            // description: A query for the tests.
            // param: name  actor             required  the actor
            // param: limit integer(1..10)    5         at most this many
            :param {name: 'x', limit: 5};
            """;

    @Test
    void every_shipped_query_parses_and_compiles_against_neo4j() {
        QueryCatalog catalog = QueryCatalog.load();

        assertThat(catalog.all())
                .extracting(CannedQuery::name)
                .containsExactly(
                        "brokers",
                        "candidates",
                        "common-connections",
                        "influence",
                        "mediators",
                        "meetings",
                        "network",
                        "shortest-path",
                        "sources",
                        "timeline");
        catalog.verify(TestNeo4j.graph());
    }

    @Test
    void a_file_is_read_into_title_description_parameters_and_one_statement() {
        CannedQuery q = QueryCatalog.parse("test", HEADER + "\nMATCH (e:Entity {id: $name})\nRETURN e LIMIT $limit;\n");

        assertThat(q.title()).isEqualTo("Test");
        assertThat(q.description()).isEqualTo("A query for the tests.");
        assertThat(q.browserParams()).isEqualTo(":param {name: 'x', limit: 5};");
        assertThat(q.cypher()).isEqualTo("MATCH (e:Entity {id: $name})\nRETURN e LIMIT $limit");
        assertThat(q.parameters())
                .containsExactly(
                        new Parameter(
                                "name", Parameter.Type.ACTOR, true, null, Long.MIN_VALUE, Long.MAX_VALUE, "the actor"),
                        new Parameter("limit", Parameter.Type.INTEGER, false, "5", 1, 10, "at most this many"));
    }

    @Test
    void a_broken_file_is_refused_with_its_name_and_what_is_wrong() {
        assertThatThrownBy(() -> QueryCatalog.parse("t", HEADER + "MATCH (e) WHERE e.id = $who RETURN e LIMIT $limit"))
                .hasMessage("t.cypher: $who is used but not declared with '// param:'");
        assertThatThrownBy(() -> QueryCatalog.parse("t", HEADER + "MATCH (e) RETURN e LIMIT $limit"))
                .hasMessage("t.cypher: parameter 'name' is declared but never used");
        assertThatThrownBy(() -> QueryCatalog.parse("t", HEADER.replace("actor  ", "person ") + "RETURN $name, $limit"))
                .hasMessage("t.cypher:3: unknown parameter type 'person'");
        assertThatThrownBy(() -> QueryCatalog.parse("t", HEADER.replace("    5 ", "   50 ") + "RETURN $name, $limit"))
                .hasMessage("t.cypher:4: default of 'limit': expected a number from 1 to 10, got 50");
        assertThatThrownBy(
                        () -> QueryCatalog.parse("t", HEADER.replace("// title: Test\n", "") + "RETURN $name, $limit"))
                .hasMessage("t.cypher: the header needs '// title:' and '// description:' lines");
        assertThatThrownBy(() -> QueryCatalog.parse("t", HEADER + "RETURN $name; RETURN $limit"))
                .hasMessage("t.cypher: expected exactly one Cypher statement after the header");
        assertThatThrownBy(() -> QueryCatalog.parse(
                        "t", HEADER.replace(":param {name: 'x', limit: 5};\n", "") + "RETURN $name, $limit"))
                .hasMessage("t.cypher: the header needs a ':param {...};' line for the Neo4j Browser");
    }

    @Test
    void a_query_neo4j_cannot_plan_fails_the_check_with_its_file() {
        QueryCatalog broken =
                QueryCatalog.of(QueryCatalog.parse("broken", HEADER + "MATCH (e {id: $name} RETURN e LIMIT $limit"));

        assertThatThrownBy(() -> broken.verify(TestNeo4j.graph()))
                .hasMessageStartingWith("cypher/queries/broken.cypher does not compile: ");
    }
}
