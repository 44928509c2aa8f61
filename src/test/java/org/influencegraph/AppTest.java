package org.influencegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.importer.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

class AppTest {

    @TempDir
    Path dir;

    @Test
    void embedded_database_applies_the_schema_and_frees_its_ports_on_close() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App app = App.open(options, true)) {
            assertThat(app.graph().mode()).isEqualTo(Graph.Mode.EMBEDDED);
            assertThat(app.embedded().boltUri()).isEqualTo(URI.create("bolt://127.0.0.1:" + options.boltPort));
            assertThat(app.graph()
                            .read(
                                    "SHOW CONSTRAINTS YIELD name WHERE NOT name CONTAINS 'Neo4jMigration' RETURN name ORDER BY name",
                                    Map.of(),
                                    r -> r.get("name").asString()))
                    .containsExactly("candidate_id", "distinct_pair", "entity_id", "event_id", "merge_id", "source_id");
        }
        try (ServerSocket bolt = new ServerSocket(options.boltPort, 1, InetAddress.getLoopbackAddress());
                ServerSocket http = new ServerSocket(options.browserPort, 1, InetAddress.getLoopbackAddress())) {
            assertThat(bolt.isBound() && http.isBound()).isTrue();
        }
    }

    @Test
    void with_a_password_the_embedded_database_asks_for_it_on_bolt_and_keeps_it_across_restarts() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        options.password = "a-long-secret-1";
        for (int start = 0; start < 2; start++) {
            try (App app = App.open(options, true)) {
                URI bolt = app.embedded().boltUri();
                assertThat(app.graph().counts().nodes()).isZero();
                assertThatThrownBy(() -> Graph.connect(bolt, "neo4j", null, "neo4j", Graph.Mode.REMOTE)
                                .close())
                        .isInstanceOf(UserError.class);
                assertThatThrownBy(() -> Graph.connect(bolt, "neo4j", "wrong-password", "neo4j", Graph.Mode.REMOTE)
                                .close())
                        .isInstanceOf(UserError.class)
                        .hasMessageContaining("refused user 'neo4j'");
                try (Graph graph = Graph.connect(bolt, "neo4j", "a-long-secret-1", "neo4j", Graph.Mode.REMOTE)) {
                    assertThat(graph.read("RETURN 1 AS one", Map.of(), r -> r.get("one")
                                    .asInt()))
                            .containsExactly(1);
                }
                // The HTTP port (the Browser's) asks for it too.
                var http = TestSupport.post(
                        app.embedded().browserUri().toString().replace("/browser/", "/db/neo4j/tx/commit"),
                        "{\"statements\": [{\"statement\": \"RETURN 1\"}]}");
                assertThat(http.statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void the_browser_is_served_with_a_policy_that_lets_it_reach_only_this_server_and_bolt() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App app = App.open(options, true)) {
            var page = TestSupport.get(app.embedded().browserUri().toString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Neo4j Browser</title>");
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy)
                    .contains("default-src 'self'", "script-src 'self';", "font-src 'self' data:;")
                    .endsWith("connect-src 'self' http://*:%1$d https://*:%1$d ws://*:%1$d wss://*:%1$d"
                            .formatted(options.boltPort))
                    .doesNotContain("googleapis", "segment", "canny", "sentry");
        }
    }

    @Test
    void a_restart_on_the_same_folder_keeps_every_node_and_adds_none() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        Graph.Counts before;
        try (App app = App.open(options, true)) {
            List<ImportInput> inputs = NativeImporter.inputs(List.of(
                    Path.of(AppTest.class.getResource("/fixtures/native").toURI())));
            new NativeImporter(app.graph()).run(inputs, ImportOptions.DEFAULT, Importer.Progress.NONE);
            before = app.graph().counts();
        }
        try (App app = App.open(options, true)) {
            assertThat(SampleData.loadIfEmpty(app.graph())).isNull();
            assertThat(app.graph().counts()).isEqualTo(before);
        }
        assertThat(before.nodes()).isEqualTo(11);
    }

    @Test
    void a_data_folder_in_use_is_refused_with_the_fix() {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (App first = App.open(options, true)) {
            DatabaseOptions second = TestSupport.embedded(dir.resolve("data"));
            assertThatThrownBy(() -> App.open(second, true))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("is in use by another process (is `serve` running?)");
        }
    }

    @Test
    void a_port_in_use_is_refused_with_the_fix() throws Exception {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("data"));
        try (ServerSocket taken = new ServerSocket(options.boltPort, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> App.open(options, true))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("a port of the embedded database is in use (Bolt " + options.boltPort);
        }
    }

    @Test
    void an_unreachable_uri_is_refused_with_the_fix() {
        DatabaseOptions options = TestSupport.remote(URI.create("bolt://127.0.0.1:" + TestSupport.freePort()));

        assertThatThrownBy(() -> App.open(options, true))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot reach Neo4j at " + options.uri)
                .hasMessageEndingWith("check NEO4J_URI, or unset it to use the embedded database");
    }

    @Test
    void an_address_that_is_not_neo4j_is_refused() {
        DatabaseOptions options = TestSupport.remote(URI.create("http://127.0.0.1:7474"));

        assertThatThrownBy(() -> App.open(options, true))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("NEO4J_URI http://127.0.0.1:7474 is not a Neo4j address");
    }

    @Test
    void a_database_that_does_not_exist_is_refused() {
        DatabaseOptions options = TestSupport.remote(TestNeo4j.server().boltURI());
        options.database = "nosuch";

        assertThatThrownBy(() -> App.open(options, true))
                .isInstanceOf(UserError.class)
                .hasMessage("Neo4j at " + options.uri + " has no database 'nosuch': set NEO4J_DATABASE "
                        + "(or --database) to an existing one");
    }

    @Test
    void a_wrong_password_is_refused_with_the_fix() {
        try (Neo4j secured = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .build()) {
            DatabaseOptions options = TestSupport.remote(secured.boltURI());
            options.password = "wrong";

            assertThatThrownBy(() -> App.open(options, true))
                    .isInstanceOf(UserError.class)
                    .hasMessage("Neo4j at " + options.uri + " refused user 'neo4j' with this password: "
                            + "set NEO4J_USER and NEO4J_PASSWORD (or --user, --password)");
        }
    }
}
