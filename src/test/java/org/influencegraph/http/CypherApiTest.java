package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.influencegraph.App;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/cypher}: reads answer, anything else is refused and changes nothing. */
class CypherApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleApi api;
    private static App app;
    private static Graph.Counts counts;
    private static long labels;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
        app = api.app();
        counts = app.graph().counts();
        labels = labels();
    }

    private static long labels() {
        return app.graph()
                .read("CALL db.labels() YIELD label RETURN count(*) AS n", Map.of(), r -> r.get("n")
                        .asLong())
                .get(0);
    }

    @AfterEach
    void nothing_was_written() {
        assertThat(app.graph().counts()).isEqualTo(counts);
        assertThat(labels()).isEqualTo(labels);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode post(Map<String, Object> body, int status) throws Exception {
        var response = TestSupport.post(api.base() + "/api/cypher", JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode query(String cypher, int status) throws Exception {
        return post(Map.of("query", cypher), status);
    }

    @Test
    void a_read_answers_its_rows_with_parameters() throws Exception {
        JsonNode body = post(
                Map.of(
                        "query",
                        "MATCH (p:Person {id: $id})-[:MEDIATOR]->(e:Event) RETURN p.name AS name, e.date AS date",
                        "params",
                        Map.of("id", "alexander-lukashenko")),
                200);

        assertThat(body.get("columns").toString()).isEqualTo("[\"name\",\"date\"]");
        assertThat(body.get("rows").toString())
                .isEqualTo("[{\"name\":\"Alexander Lukashenko\",\"date\":\"2023-06-24\"},"
                        + "{\"name\":\"Alexander Lukashenko\",\"date\":\"2023-06-24\"}]");
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.has("notice")).isFalse();
    }

    @Test
    void the_row_limit_cuts_the_answer_and_says_so() throws Exception {
        JsonNode body = post(Map.of("query", "UNWIND range(1, 50) AS x RETURN x", "limit", 20), 200);

        assertThat(body.get("count").asInt()).isEqualTo(20);
        assertThat(body.get("truncated").asBoolean()).isTrue();
        assertThat(body.get("notice").asText())
                .isEqualTo("the answer was cut at 20 rows; raise 'limit' (at most 10000) " + "or narrow the query");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE (:Person {id: 'intruder'})",
                "MERGE (p:Person {id: 'intruder'}) RETURN p",
                "MATCH (p:Person {id: 'vladimir-putin'}) SET p.name = 'changed'",
                "MATCH (p:Person {id: 'vladimir-putin'}) REMOVE p:Person",
                "MATCH (n) DETACH DELETE n",
                "MATCH (p:Person) WITH p LIMIT 1 CALL (p) { SET p.x = 1 } RETURN p",
                "CALL db.createLabel('Intruder')",
                "CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.x)"
            })
    void every_write_is_refused_before_it_runs(String cypher) throws Exception {
        JsonNode body = query(cypher, 422);

        assertThat(body.get("error").asText()).isEqualTo("unprocessable content");
        assertThat(body.get("detail").asText()).startsWith("only read queries are allowed here; this one ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
                "load  csv with headers from 'https://example.org/x.csv' AS row RETURN row",
                "CALL apoc.load.json('https://example.org/x.json') YIELD value RETURN value",
                "RETURN apoc . cypher . runFirstColumnSingle('MATCH (n) RETURN n', {}) AS x"
            })
    void loading_files_or_urls_is_refused(String cypher) throws Exception {
        assertThat(query(cypher, 422).get("detail").asText())
                .containsAnyOf(
                        "LOAD CSV is not allowed here", "is not allowed here: ad-hoc queries only read the graph");
    }

    @Test
    void procedures_outside_the_allow_list_are_refused() throws Exception {
        assertThat(query("CALL db.info() YIELD name RETURN name", 422)
                        .get("detail")
                        .asText())
                .startsWith("procedure db.info is not allowed here; allowed: [db.index.fulltext.queryNodes,");
        assertThat(query("CALL dbms.listConfig() YIELD name RETURN name", 422)
                        .get("detail")
                        .asText())
                .isEqualTo(
                        "only read queries are allowed here; this one changes the schema or administers the database");
        assertThat(query("CALL db.labels() YIELD label RETURN label ORDER BY label", 200)
                        .get("count")
                        .asLong())
                .isEqualTo(labels);
    }

    @Test
    void a_query_that_would_run_forever_is_stopped_at_its_timeout() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "UNWIND range(1, 9000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n");
        body.put("timeout", 1);
        long started = System.nanoTime();

        JsonNode answer = post(body, 503);

        assertThat(answer.get("error").asText()).isEqualTo("timeout");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(8.0);
    }

    @Test
    void bad_requests_are_named() throws Exception {
        assertThat(query("MATCH (n RETURN n", 422).get("detail").asText()).startsWith("Neo4j cannot run this query: ");
        assertThat(query("", 400).get("detail").asText()).isEqualTo("'query' is required: the Cypher to run");
        assertThat(query("RETURN '" + "x".repeat(20_001) + "'", 413)
                        .get("detail")
                        .asText())
                .isEqualTo("the query is 20010 characters long; at most 20000 are taken");
        assertThat(post(Map.of("query", "RETURN 1", "limit", 0), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("'limit' must be from 1 to 10000");
        var response = TestSupport.post(api.base() + "/api/cypher", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).startsWith("expected a JSON object");
    }
}
