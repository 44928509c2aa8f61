package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.access.Access;
import org.influencegraph.access.Tokens;
import org.influencegraph.importer.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** Every write the API offers, with a body that would change the graph if it were let through. */
    private static final List<String[]> WRITES = List.of(
            new String[] {"/api/entities/alexander-lukashenko/merge", "{\"other\": \"vladimir-putin\"}"},
            new String[] {"/api/duplicates/reject", "{\"a\": \"alexander-lukashenko\", \"b\": \"vladimir-putin\"}"},
            new String[] {"/api/merges/no-such-merge/undo", ""},
            new String[] {"/api/articles", "{\"text\": \"Angela Merkel met Emmanuel Macron in Paris.\"}"},
            new String[] {"/api/candidates/candidate-00000000/accept", ""},
            new String[] {"/api/candidates/candidate-00000000/reject", ""});

    @Test
    void a_write_without_the_write_token_gets_401_or_403_and_changes_nothing() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            for (String[] write : WRITES) {
                for (String token : new String[] {null, "igw_not-the-token", api.readToken()}) {
                    var response = TestSupport.post(api.base() + write[0], write[1], token);
                    int expected = api.readToken().equals(token) ? 403 : 401;
                    assertThat(response.statusCode())
                            .as(write[0] + " " + response.body())
                            .isEqualTo(expected);
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.get("error").asText()).isEqualTo(expected == 401 ? "unauthorized" : "forbidden");
                    if (expected == 401) {
                        assertThat(response.headers().firstValue("WWW-Authenticate"))
                                .hasValue("Bearer realm=\"influence-graph\"");
                        assertThat(body.get("detail").asText())
                                .startsWith("this endpoint changes the graph: send the "
                                        + "write token as 'Authorization: Bearer TOKEN'");
                    }
                    if (token != null) {
                        assertThat(response.body()).doesNotContain(token);
                    }
                }
            }
            var upload = new Multipart()
                    .file("file", "entities.csv", "entity,type,name\nx-1,person,Someone New\n")
                    .post(api.base() + "/api/imports", null);
            assertThat(upload.statusCode()).isEqualTo(401);
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);

            // The same write with the write token goes through: the refusals above were the token's doing.
            api.postJson("/api/duplicates/reject", WRITES.get(1)[1], 200);
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isNotEqualTo(before);
        }
    }

    @Test
    void reads_are_open_by_default_and_need_a_token_when_protected() throws Exception {
        try (SampleApi open = SampleApi.start()) {
            assertThat(TestSupport.get(open.base() + "/api/queries/mediators").statusCode())
                    .isEqualTo(200);
        }
        try (SampleApi api = SampleApi.start(HttpApi.Settings.defaults(), true)) {
            for (String path : List.of(
                    "/api/health",
                    "/api/queries",
                    "/api/queries/mediators",
                    "/api/graph",
                    "/api/entities?q=Lukashenko",
                    "/api/duplicates",
                    "/api/merges",
                    "/embed/mediators",
                    "/api/embed/mediators")) {
                var refused = TestSupport.get(api.base() + path);
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(JSON.readTree(refused.body()).get("detail").asText()).startsWith("reading needs a token");
                assertThat(get(api.base() + path, api.readToken()).statusCode())
                        .as(path)
                        .isEqualTo(200);
                assertThat(get(api.base() + path, api.writeToken()).statusCode())
                        .as(path)
                        .isEqualTo(200);
            }
            // A page in a frame passes the read token in its address; the canned query does not see it.
            var framed = TestSupport.get(api.base() + "/api/queries/mediators?access_token=" + api.readToken());
            assertThat(framed.statusCode()).as(framed.body()).isEqualTo(200);
            assertThat(JSON.readTree(framed.body()).get("rows").size()).isGreaterThan(0);
            // Ad-hoc Cypher reads, so the read token is enough; the API's own documentation stays public.
            assertThat(TestSupport.post(api.base() + "/api/cypher", "{\"query\": \"RETURN 1 AS one\"}", api.readToken())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(TestSupport.get(api.base() + "/api/openapi.json").statusCode())
                    .isEqualTo(200);
            // A write token never works from the address.
            var inUrl = TestSupport.post(
                    api.base() + "/api/duplicates/reject?access_token=" + api.writeToken(), WRITES.get(1)[1], null);
            assertThat(inUrl.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void the_token_file_is_created_for_its_owner_only_and_a_rotated_token_replaces_the_old_one_at_once()
            throws Exception {
        Path file = dir.resolve("data/api-tokens");
        Tokens tokens = Tokens.open(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String write = Tokens.show(file, Tokens.Kind.WRITE);
        String read = Tokens.show(file, Tokens.Kind.READ);
        assertThat(write).startsWith("igw_").hasSize(47);
        assertThat(read).startsWith("igr_").isNotEqualTo(write);
        // Reopening keeps the tokens, and tightens a file others could read.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Tokens.open(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Tokens.show(file, Tokens.Kind.WRITE)).isEqualTo(write);

        SampleData.loadIfEmpty(TestNeo4j.clean());
        try (App app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true)) {
            var http = HttpApi.create(app, HttpApi.Settings.defaults().withAccess(new Access(tokens, false)))
                    .start("127.0.0.1", 0);
            try {
                String url = "http://127.0.0.1:" + http.port() + "/api/duplicates/reject";
                String body = WRITES.get(1)[1];
                assertThat(TestSupport.post(url, body, write).statusCode()).isEqualTo(200);
                String fresh = Tokens.rotate(file, Tokens.Kind.WRITE);
                assertThat(fresh).isNotEqualTo(write);
                assertThat(Tokens.show(file, Tokens.Kind.READ)).isEqualTo(read);
                assertThat(TestSupport.post(url, body, write).statusCode()).isEqualTo(401);
                assertThat(TestSupport.post(url, body, fresh).statusCode()).isEqualTo(200);
            } finally {
                http.stop();
            }
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
