package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.config.Limits;
import org.junit.jupiter.api.Test;

class LimitsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Counts to ten billion: only the timeout ends it. */
    private static final String ENDLESS =
            "{\"query\": \"UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 " + "RETURN count(*) AS n\"}";

    private static SampleApi start(Limits limits) {
        return SampleApi.start(HttpApi.Settings.defaults().withLimits(limits), false);
    }

    @Test
    void a_body_over_the_limit_gets_413_and_a_body_in_chunks_gets_411() throws Exception {
        var limits = new Limits(2_000, 5_000, Duration.ofSeconds(10), 10_000, 8, 64, Duration.ofSeconds(5));
        try (SampleApi api = start(limits)) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            String big = "{\"other\": \"vladimir-putin\", \"note\": \"" + "x".repeat(3_000) + "\"}";
            var merge =
                    TestSupport.post(api.base() + "/api/entities/alexander-lukashenko/merge", big, api.writeToken());
            assertThat(merge.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(merge.body()).get("detail").asText())
                    .isEqualTo("the request is " + big.getBytes(StandardCharsets.UTF_8).length
                            + " bytes; this endpoint takes at most 2000 (IG_MAX_BODY)");
            var cypher = TestSupport.post(
                    api.base() + "/api/cypher", "{\"query\": \"RETURN '" + "y".repeat(2_500) + "' AS s\"}", null);
            assertThat(cypher.statusCode()).isEqualTo(413);

            var chunked = HTTP.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/api/cypher"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                    "{\"query\": \"RETURN 1 AS one\"}".getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(411);

            var upload = new Multipart()
                    .file("file", "entities.csv", "entity,type,name\n" + "a,person,A\n".repeat(600))
                    .post(api.base() + "/api/imports", api.writeToken());
            assertThat(upload.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(upload.body()).get("detail").asText()).endsWith("at most 5000 (IG_MAX_UPLOAD)");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
    }

    @Test
    void every_query_stops_at_the_timeout_and_answers_at_most_the_row_limit() throws Exception {
        var limits = new Limits(1_000_000, 5_000_000, Duration.ofSeconds(2), 5, 8, 64, Duration.ofSeconds(5));
        try (SampleApi api = start(limits)) {
            long t0 = System.nanoTime();
            var slow = TestSupport.post(api.base() + "/api/cypher", ENDLESS, null);
            assertThat(slow.statusCode()).as(slow.body()).isEqualTo(503);
            assertThat(JSON.readTree(slow.body()).get("detail").asText())
                    .isEqualTo("the query ran longer than 2 s and was stopped; narrow it");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));

            JsonNode rows = JSON.readTree(TestSupport.post(
                            api.base() + "/api/cypher", "{\"query\": \"UNWIND range(1, 100) AS x RETURN x\"}", null)
                    .body());
            assertThat(rows.get("rows").size()).isEqualTo(5);
            assertThat(rows.get("truncated").asBoolean()).isTrue();
            var tooMany = TestSupport.post(api.base() + "/api/cypher", "{\"query\": \"RETURN 1\", \"limit\": 6}", null);
            assertThat(JSON.readTree(tooMany.body()).get("detail").asText()).isEqualTo("'limit' must be from 1 to 5");

            JsonNode canned = api.json("/api/queries/network?name=alexander-lukashenko&depth=2", 200);
            assertThat(canned.get("rows").size()).isEqualTo(5);
            assertThat(canned.get("truncated").asBoolean()).isTrue();
        }
    }

    @Test
    void ad_hoc_paths_need_a_bounded_length() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            for (String pattern : new String[] {
                "(a)-[*]-(b)",
                "(a)-[:ALLY_OF*2..]-(b)",
                "(a)-[*..11]->(b)",
                "(a)-[r *20]-(b)",
                "(a) ((x)-[]-(y)){1,} (b)",
                "(a) ((x)-[]-(y)){2,50} (b)"
            }) {
                var response = TestSupport.post(
                        api.base() + "/api/cypher",
                        JSON.writeValueAsString(
                                java.util.Map.of("query", "MATCH p = " + pattern + " RETURN count(p) AS n")),
                        null);
                assertThat(response.statusCode())
                        .as(pattern + " " + response.body())
                        .isEqualTo(422);
                assertThat(JSON.readTree(response.body()).get("detail").asText())
                        .contains("variable-length patterns need an upper bound of at most 10");
            }
            for (String query : new String[] {
                "MATCH p = (a)-[*..3]-(b) RETURN count(p) AS n",
                "MATCH p = (a)-[*1..4]-(b) WHERE a.id = 'alexander-lukashenko' RETURN count(p) AS n",
                "MATCH p = (a) ((x)-[]-(y)){1,3} (b) RETURN count(p) AS n",
                "WITH {} AS empty, '[*]' AS text RETURN [x IN range(1, 3) | x * 2] AS n"
            }) {
                var response = TestSupport.post(
                        api.base() + "/api/cypher", JSON.writeValueAsString(java.util.Map.of("query", query)), null);
                assertThat(response.statusCode())
                        .as(query + " " + response.body())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void a_burst_beyond_the_concurrency_and_the_line_gets_429() throws Exception {
        var limits = new Limits(1_000_000, 5_000_000, Duration.ofSeconds(3), 10_000, 1, 0, Duration.ofSeconds(5));
        try (SampleApi api = start(limits)) {
            CompletableFuture<HttpResponse<String>> busy =
                    CompletableFuture.supplyAsync(() -> TestSupport.post(api.base() + "/api/cypher", ENDLESS, null));
            Thread.sleep(700);
            var turnedAway = TestSupport.get(api.base() + "/api/queries");
            assertThat(turnedAway.statusCode()).as(turnedAway.body()).isEqualTo(429);
            assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(turnedAway.body()).get("detail").asText())
                    .isEqualTo("the server is serving 1 requests and 0 are waiting; retry in a moment");
            assertThat(busy.get().statusCode()).isEqualTo(503);
            assertThat(TestSupport.get(api.base() + "/api/queries").statusCode())
                    .isEqualTo(200);
        }
        var queued = new Limits(1_000_000, 5_000_000, Duration.ofSeconds(2), 10_000, 1, 4, Duration.ofSeconds(10));
        try (SampleApi api = start(queued)) {
            CompletableFuture<HttpResponse<String>> busy =
                    CompletableFuture.supplyAsync(() -> TestSupport.post(api.base() + "/api/cypher", ENDLESS, null));
            Thread.sleep(700);
            // In line, it waits for the slow query to be stopped, then runs.
            var waited = TestSupport.get(api.base() + "/api/queries");
            assertThat(waited.statusCode()).isEqualTo(200);
            assertThat(busy.get().statusCode()).isEqualTo(503);
        }
    }
}
