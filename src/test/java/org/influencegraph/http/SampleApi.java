package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.access.Access;
import org.influencegraph.access.Tokens;
import org.influencegraph.importer.SampleData;

/** The API, started on a free port over the shared test database holding the curated sample data. */
record SampleApi(App app, Javalin http, String writeToken, String readToken) implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SampleApi start() {
        return start(List.of("*"));
    }

    static SampleApi start(List<String> embedOrigins) {
        return start(HttpApi.Settings.defaults().withOrigins(List.of(), embedOrigins), false);
    }

    /**
     * The API with {@code settings} and fresh tokens that this object knows; {@code readsNeedToken} as serve's
     * {@code --reads token}.
     */
    static SampleApi start(HttpApi.Settings settings, boolean readsNeedToken) {
        SampleData.loadIfEmpty(TestNeo4j.clean());
        App app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true);
        String write = Tokens.newToken(Tokens.Kind.WRITE);
        String read = Tokens.newToken(Tokens.Kind.READ);
        var access = new Access(Tokens.of(write, read), readsNeedToken);
        return new SampleApi(
                app, HttpApi.create(app, settings.withAccess(access)).start("127.0.0.1", 0), write, read);
    }

    String base() {
        return "http://127.0.0.1:" + http.port();
    }

    /** GET, checking the status; the body as JSON. */
    JsonNode json(String pathAndQuery, int status) throws Exception {
        return checked(TestSupport.get(base() + pathAndQuery), status);
    }

    /** POST a JSON body with the write token, checking the status; the answer as JSON. */
    JsonNode postJson(String path, String body, int status) throws Exception {
        return checked(TestSupport.post(base() + path, body, writeToken), status);
    }

    private static JsonNode checked(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** A query-string value, encoded. */
    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One field of every object of a JSON array, as text. */
    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Override
    public void close() {
        http.stop();
        app.close();
    }
}
