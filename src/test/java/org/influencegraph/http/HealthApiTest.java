package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.extract.Nlp;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reports_the_embedded_database_and_its_counts() throws Exception {
        try (App app = App.open(TestSupport.embedded(dir), true)) {
            new NativeImporter(app.graph())
                    .run(
                            NativeImporter.inputs(List.of(Path.of(
                                    getClass().getResource("/fixtures/native").toURI()))),
                            ImportOptions.DEFAULT,
                            Importer.Progress.NONE);
            Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                var response = TestSupport.get("http://127.0.0.1:" + http.port() + "/api/health");

                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.get("status").asText()).isEqualTo("ok");
                assertThat(body.get("mode").asText()).isEqualTo("embedded");
                assertThat(body.get("edition").asText()).isEqualTo("community");
                assertThat(body.get("neo4jVersion").asText()).matches("5\\.26\\.\\d+");
                assertThat(body.get("nodes").asLong()).isEqualTo(11);
                assertThat(body.get("relationships").asLong()).isEqualTo(21);
                // Other tests of this JVM may have loaded the NLP models already.
                assertThat(body.get("nlp").asText()).isIn("not loaded", "loading", "ready");
            } finally {
                http.stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt", "neo4j"})
    void reports_a_remote_database_reached_by_a_direct_or_a_routing_uri(String scheme) throws Exception {
        URI bolt = TestNeo4j.server().boltURI();
        TestNeo4j.clean();
        URI uri = URI.create(scheme + "://" + bolt.getHost() + ":" + bolt.getPort());
        try (App app = App.open(TestSupport.remote(uri), true)) {
            Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                JsonNode body = JSON.readTree(TestSupport.get("http://127.0.0.1:" + http.port() + "/api/health")
                        .body());

                assertThat(body.get("mode").asText()).isEqualTo("remote");
                assertThat(body.get("nodes").asLong()).isZero();
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void answers_503_with_a_json_error_when_the_database_is_gone() throws Exception {
        try (App app = App.open(TestSupport.embedded(dir), true)) {
            Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                app.embedded().close();

                var response = TestSupport.get("http://127.0.0.1:" + http.port() + "/api/health");

                assertThat(response.statusCode()).isEqualTo(503);
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.get("error").asText()).isEqualTo("database unavailable");
                assertThat(body.get("detail").asText()).startsWith("Neo4j cannot be reached");
                assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void reports_the_nlp_pipeline_ready_once_it_is_warmed_up() throws Exception {
        try (App app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true)) {
            Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                Nlp.warmUp();

                JsonNode body = JSON.readTree(TestSupport.get("http://127.0.0.1:" + http.port() + "/api/health")
                        .body());

                assertThat(body.get("nlp").asText()).isEqualTo("ready");
                assertThat(Nlp.state().text()).isEqualTo("ready");
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void an_unknown_endpoint_answers_404_in_json() throws Exception {
        try (App app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true)) {
            Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                var response = TestSupport.get("http://127.0.0.1:" + http.port() + "/api/nope");

                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("not found");
            } finally {
                http.stop();
            }
        }
    }
}
