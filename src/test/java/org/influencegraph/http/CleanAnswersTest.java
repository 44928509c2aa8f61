package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No answer shows the name index's internal fields, and graph elements have one shape everywhere. */
class CleanAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The internal fields as a field name or attribute would show them, in JSON, XML or a CSV header. */
    private static final Pattern INTERNAL = Pattern.compile("\\b(blocks|sounds|nameRules|keys)\\b");

    private static SampleApi api;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Every canned query with sample parameters: actor parameters get Lukashenko, then Putin. */
    private static List<String> cannedCalls() throws Exception {
        List<String> calls = new ArrayList<>();
        for (JsonNode query : api.json("/api/queries", 200)) {
            StringBuilder params = new StringBuilder();
            List<String> actors = new ArrayList<>(List.of("alexander-lukashenko", "vladimir-putin"));
            for (JsonNode p : query.get("parameters")) {
                if (p.get("type").asText().equals("actor") && !actors.isEmpty()) {
                    params.append('&')
                            .append(p.get("name").asText())
                            .append('=')
                            .append(actors.remove(0));
                }
            }
            for (String format : List.of("json", "graph", "csv")) {
                calls.add("/api/queries/" + query.get("name").asText() + "?format=" + format + params);
            }
            calls.add("/api/graph?query=" + query.get("name").asText() + params);
        }
        return calls;
    }

    @Test
    void no_answer_of_any_endpoint_export_or_embed_contains_an_internal_field() throws Exception {
        List<String> calls = new ArrayList<>(cannedCalls());
        for (String format : List.of("cytoscape", "graphml", "gexf", "ftm")) {
            calls.add("/api/graph?format=" + format);
            calls.add("/api/graph?format=" + format + "&query=network&name=alexander-lukashenko&depth=2");
        }
        calls.addAll(List.of(
                "/api/entities?q=" + SampleApi.q("Тихановская"),
                "/api/entities/alexander-lukashenko",
                "/api/duplicates?minScore=0.5",
                "/api/merges",
                "/embed/network?name=alexander-lukashenko",
                "/embed/mediators",
                "/embed/assets/embed.js",
                "/",
                "/app/app.js",
                "/app/graph.js",
                "/guide/influence-graph.grass"));
        assertThat(calls).hasSizeGreaterThan(40);
        for (String call : calls) {
            var response = TestSupport.get(api.base() + call);
            assertThat(response.statusCode()).as(call).isEqualTo(200);
            assertThat(INTERNAL.matcher(response.body()).find())
                    .as(call + ": " + response.body())
                    .isFalse();
        }
        for (String cypher : List.of(
                "MATCH (n:Entity) RETURN n, properties(n) AS props, n {.*} AS copy LIMIT 50",
                "MATCH (:Entity)-[r]->(:Event) RETURN r, properties(r) AS props LIMIT 50",
                "MATCH p = (:Entity)-[*1..2]-(:Entity) RETURN p LIMIT 20")) {
            var response =
                    TestSupport.post(api.base() + "/api/cypher", JSON.writeValueAsString(Map.of("query", cypher)));
            assertThat(response.statusCode()).as(cypher).isEqualTo(200);
            assertThat(INTERNAL.matcher(response.body()).find())
                    .as(cypher + ": " + response.body())
                    .isFalse();
        }
    }

    @Test
    void cypher_answers_name_both_ends_of_a_relationship_returned_without_its_nodes() throws Exception {
        JsonNode body = JSON.readTree(TestSupport.post(
                        api.base() + "/api/cypher",
                        JSON.writeValueAsString(Map.of(
                                "query",
                                "MATCH (:Person {id: 'alexander-lukashenko'})-[r:MEDIATOR]->(e:Event) "
                                        + "RETURN r, e.id AS event ORDER BY event LIMIT 1")))
                .body());

        JsonNode edge = body.get("rows").get(0).get("r");
        assertThat(edge.get("type").asText()).isEqualTo("mediator");
        assertThat(edge.get("from").asText()).isEqualTo("alexander-lukashenko");
        assertThat(edge.get("to").asText())
                .isEqualTo(body.get("rows").get(0).get("event").asText());
        assertThat(edge.get("id").asText()).isNotBlank();
    }

    @Test
    void nodes_and_edges_have_one_shape_in_cypher_and_graph_answers() throws Exception {
        JsonNode cypher = JSON.readTree(TestSupport.post(
                                api.base() + "/api/cypher",
                                JSON.writeValueAsString(Map.of(
                                        "query",
                                        "MATCH (p:Person {id: 'alexander-lukashenko'})-[r:MEDIATOR]->(e:Event) "
                                                + "RETURN p, r, e LIMIT 1")))
                        .body())
                .get("rows")
                .get(0);
        JsonNode graph = api.json("/api/queries/mediators?format=graph&name=alexander-lukashenko", 200);

        List<String> nodeShape = List.of("id", "labels", "type", "name", "properties");
        List<String> edgeShape = List.of("id", "type", "from", "to", "properties");
        assertThat(fields(cypher.get("p"))).isEqualTo(nodeShape);
        assertThat(fields(cypher.get("e"))).isEqualTo(nodeShape);
        assertThat(fields(cypher.get("r"))).isEqualTo(edgeShape);
        assertThat(cypher.get("p").get("type").asText()).isEqualTo("person");
        assertThat(cypher.get("e").get("type").asText()).isEqualTo("event");
        graph.get("nodes").forEach(n -> assertThat(fields(n)).isEqualTo(nodeShape));
        graph.get("edges").forEach(e -> assertThat(fields(e)).isEqualTo(edgeShape));
        assertThat(SampleApi.texts(graph.get("edges"), "type")).contains("mediator", "party");
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
