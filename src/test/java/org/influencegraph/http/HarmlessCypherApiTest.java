package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import org.influencegraph.App;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /api/cypher} runs reads and nothing else: commands are refused by what Neo4j's planner makes of
 * them, every unbounded path form is refused, and a runaway expression is answered in time and stops.
 */
class HarmlessCypherApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleApi api;
    private static App app;
    private static Graph.Counts counts;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
        app = api.app();
        counts = app.graph().counts();
    }

    @AfterEach
    void nothing_was_written() {
        assertThat(app.graph().counts()).isEqualTo(counts);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode query(String cypher, int status) throws Exception {
        var response = TestSupport.post(api.base() + "/api/cypher", JSON.writeValueAsString(Map.of("query", cypher)));
        assertThat(response.statusCode()).as(cypher + " " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SHOW TRANSACTIONS|ShowTransactions",
                "SHOW TRANSACTIONS YIELD transactionId, parameters RETURN transactionId, parameters|ShowTransactions",
                "TERMINATE TRANSACTIONS 'neo4j-transaction-1'|TerminateTransactions",
                "SHOW SETTINGS|ShowSettings",
                "SHOW PROCEDURES|ShowProcedures",
                "SHOW FUNCTIONS|ShowFunctions",
                "SHOW INDEXES|ShowIndexes",
                "SHOW CONSTRAINTS|ShowConstraints"
            })
    void commands_are_refused_by_what_they_are(String cypher, String operator) throws Exception {
        JsonNode body = query(cypher, 422);

        assertThat(body.get("error").asText()).isEqualTo("unprocessable content");
        assertThat(body.get("detail").asText())
                .isEqualTo(
                        "'" + operator + "' is not allowed here: ad-hoc queries only "
                                + "read the graph, with MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, "
                                + "UNION, CALL { ... } subqueries and the procedures [db.index.fulltext.queryNodes, "
                                + "db.index.fulltext.queryRelationships, db.labels, db.propertyKeys, db.relationshipTypes, "
                                + "db.schema.nodeTypeProperties, db.schema.relTypeProperties, db.schema.visualization, dbms.components]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MATCH p=(a)((x)-->(y))+(b) RETURN count(p)",
                "MATCH p=(a)((x)-->(y))*(b) RETURN count(p)",
                "MATCH p=(a)-->+(b) RETURN count(p)",
                "MATCH p=(a)-->*(b) RETURN count(p)",
                "MATCH p=(a)-->{2,}(b) RETURN count(p)",
                "MATCH p=(a)((x)--(y)){1, 11}(b) RETURN count(p)",
                "MATCH p = ANY SHORTEST (a:Person)-->+(b:Person) RETURN count(p)",
                "MATCH p = shortestPath((a:Person)-[*]-(b:Person)) RETURN count(p)",
                "MATCH p=(a)-[*  ]->(b) RETURN count(p)"
            })
    void every_unbounded_path_form_is_refused(String cypher) throws Exception {
        assertThat(query(cypher, 422).get("detail").asText())
                .contains("variable-length patterns need an upper bound of at most 10, such as *1..10 or {1,10}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MATCH p=(a)((x)-->(y)){1,3}(b) RETURN count(p) AS n",
                "MATCH (a:Person) OPTIONAL MATCH (a)-[r]->(b) WITH a, count(b) AS n WHERE n > 0 UNWIND [1] AS one "
                        + "RETURN a.id AS id, n ORDER BY n DESC, id SKIP 1 LIMIT 3 UNION RETURN 'x' AS id, 0 AS n",
                "MATCH (a:Person) CALL (a) { MATCH (a)-->(e:Event) RETURN count(e) AS events } RETURN a.id AS id, events",
                "MATCH (a:Person) WHERE EXISTS { (a)-->(:Event) } RETURN COUNT { (a)-->() } AS n, [(a)-->(b) | b.id] AS ids",
                "CALL db.labels() YIELD label RETURN label"
            })
    void reads_of_every_allowed_kind_answer(String cypher) throws Exception {
        assertThat(query(cypher, 200).get("count").asInt()).isPositive();
    }

    @Test
    void a_runaway_expression_answers_503_in_time_and_stops_burning() throws Exception {
        query("RETURN 1 AS warm", 200);
        long started = System.nanoTime();

        JsonNode body = query("RETURN reduce(s = \"\", x IN range(1, 10000000) | s + \"aaaaaaaaaa\") AS s", 503);

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(body.get("error").asText()).isEqualTo("timeout");
        assertThat(body.get("detail").asText()).isEqualTo("the query ran longer than 10 s and was stopped; narrow it");
        assertThat(seconds).as("answered after %.1f s", seconds).isLessThan(12.0);
        assertThat(idleWithin(5)).as("the process is idle again within 5 s").isTrue();
        assertThat(query("RETURN 1 AS one", 200).get("rows").toString()).isEqualTo("[{\"one\":1}]");
    }

    /**
     * Whether, within {@code seconds}, no thread of this process (where the test database runs) is inside Cypher's
     * runtime any more.
     */
    private static boolean idleWithin(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean busy = Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                    .anyMatch(frame -> frame.getClassName().startsWith("org.neo4j.cypher.internal.runtime")));
            if (!busy) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
