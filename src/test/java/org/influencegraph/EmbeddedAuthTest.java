package org.influencegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.influencegraph.access.DatabasePassword;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database is closed to other users of the machine and to web pages: a password, and no open CORS. */
class EmbeddedAuthTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CREATE = "{\"statements\": [{\"statement\": \"CREATE (:Planted)\"}]}";

    @TempDir
    Path dir;

    @Test
    void the_embedded_database_asks_for_a_generated_password_kept_owner_only_in_the_data_folder() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        Path file = dir.resolve("data").resolve("neo4j-password");
        String password;
        try (App app = App.open(options, true)) {
            password = DatabasePassword.show(options.dataDir);
            URI bolt = app.embedded().boltUri();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(password).matches("[A-Za-z0-9_-]{43}");
            assertThatThrownBy(() -> Graph.connect(bolt, "neo4j", null, "neo4j", Graph.Mode.REMOTE)
                            .close())
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("refused user 'neo4j'");
            try (Graph graph = Graph.connect(bolt, "neo4j", password, "neo4j", Graph.Mode.REMOTE)) {
                assertThat(graph.read(
                                "RETURN 1 AS one", Map.of(), r -> r.get("one").asInt()))
                        .containsExactly(1);
            }
        }
        // A restart keeps the same password, and a file others could read is made the owner's again.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (App app = App.open(options, true);
                Graph graph = Graph.connect(app.embedded().boltUri(), "neo4j", password, "neo4j", Graph.Mode.REMOTE)) {
            assertThat(graph.counts().nodes()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void another_user_leaves_no_default_password_on_neo4j() {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        options.user = "alice";
        try (App app = App.open(options, true)) {
            URI bolt = app.embedded().boltUri();
            String password = DatabasePassword.show(options.dataDir);

            assertThatThrownBy(() -> Graph.connect(bolt, "neo4j", "neo4j", "neo4j", Graph.Mode.REMOTE)
                            .close())
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("refused user 'neo4j'");
            try (Graph graph = Graph.connect(bolt, "alice", password, "neo4j", Graph.Mode.REMOTE)) {
                assertThat(graph.read(
                                "RETURN 1 AS one", Map.of(), r -> r.get("one").asInt()))
                        .containsExactly(1);
            }
        }
    }

    @Test
    void a_cross_site_preflight_to_the_http_port_names_only_its_own_origin() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App app = App.open(options, true)) {
            var preflight = HTTP.send(
                    HttpRequest.newBuilder(txCommit(app))
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .header("Origin", "http://evil.example")
                            .header("Access-Control-Request-Method", "POST")
                            .header("Access-Control-Request-Headers", "content-type")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
                    .containsExactly("http://127.0.0.1:" + options.browserPort);
            assertThat(preflight.headers().firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void an_unauthenticated_create_over_http_answers_401_and_writes_nothing() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App app = App.open(options, true)) {
            long before = app.graph().counts().nodes();

            var answer = send(HttpRequest.newBuilder(txCommit(app)).header("Origin", "http://evil.example"));

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().allValues("Access-Control-Allow-Origin"))
                    .containsExactly("http://127.0.0.1:" + options.browserPort);
            assertThat(app.graph().counts().nodes()).isEqualTo(before);
        }
    }

    @Test
    void the_browser_is_told_the_bolt_port_in_use() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App app = App.open(options, true)) {
            var discovery = new ObjectMapper()
                    .readTree(TestSupport.get("http://127.0.0.1:" + options.browserPort + "/")
                            .body());

            assertThat(discovery.get("bolt_direct").asText()).isEqualTo("bolt://127.0.0.1:" + options.boltPort);
            assertThat(app.embedded().browserLink("neo4j"))
                    .isEqualTo(URI.create("http://127.0.0.1:"
                            + options.browserPort + "/browser/?dbms=bolt://neo4j@127.0.0.1:" + options.boltPort
                            + "&db=neo4j&preselectAuthMethod=NATIVE"));
        }
    }

    @Test
    void a_command_pointed_at_a_local_server_finds_its_password_in_the_data_folder() {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App server = App.open(options, true)) {
            DatabaseOptions client = TestSupport.remote(server.embedded().boltUri());
            client.dataDir = options.dataDir;
            try (App app = App.open(client, false)) {
                assertThat(app.graph().mode()).isEqualTo(Graph.Mode.REMOTE);
                assertThat(app.graph().counts().nodes()).isZero();
            }

            DatabaseOptions elsewhere = TestSupport.remote(server.embedded().boltUri());
            elsewhere.dataDir = dir.resolve("other");
            assertThatThrownBy(() -> App.open(elsewhere, false))
                    .isInstanceOf(UserError.class)
                    .hasMessage("Neo4j at " + elsewhere.uri
                            + " refused user 'neo4j' with this password: set NEO4J_USER "
                            + "and NEO4J_PASSWORD (or --user, --password); a `serve` of this machine keeps its password "
                            + "in neo4j-password in its data folder, and there is none in " + dir.resolve("other")
                            + " (point --data, IG_DATA, at the server's data folder)");
        }
    }

    @Test
    void with_no_db_auth_the_database_asks_for_nothing_as_before() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        options.noDbAuth = true;
        try (App app = App.open(options, true);
                Graph open = Graph.connect(app.embedded().boltUri(), null, null, "neo4j", Graph.Mode.REMOTE)) {
            assertThat(open.counts().nodes()).isZero();
            assertThat(send(HttpRequest.newBuilder(txCommit(app))).statusCode()).isEqualTo(200);
            assertThat(app.graph().counts().nodes()).isEqualTo(1);
            assertThat(dir.resolve("data").resolve("neo4j-password")).doesNotExist();
            // Still no open CORS: a page of another site cannot read what it sends.
            assertThat(send(HttpRequest.newBuilder(txCommit(app)).header("Origin", "http://evil.example"))
                            .headers()
                            .allValues("Access-Control-Allow-Origin"))
                    .containsExactly("http://127.0.0.1:" + options.browserPort);
        }
        options.password = "a-long-secret-1";
        assertThatThrownBy(() -> App.open(options, true))
                .isInstanceOf(UserError.class)
                .hasMessage("--no-db-auth (IG_NO_DB_AUTH) and --password (NEO4J_PASSWORD) contradict each other: "
                        + "drop one");
    }

    private static URI txCommit(App app) {
        return URI.create(app.embedded().browserUri().toString().replace("/browser/", "/db/neo4j/tx/commit"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(CREATE))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
