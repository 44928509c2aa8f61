package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.config.Limits;
import org.influencegraph.query.UnresolvedActor;
import org.influencegraph.resolve.ActorResolver.Candidate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one mapping of the domain's errors to HTTP: every kind of {@link UserError} answers its own status with the
 * same body shape, over a real server wired with {@link ApiErrors#register}, as the API is; and no other class
 * maps an exception.
 */
class ApiErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Javalin server;

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
                    ApiErrors.register(config, Limits.DEFAULTS);
                    config.routes.get("/kind/{kind}", ctx -> {
                        throw new UserError(Kind.valueOf(ctx.pathParam("kind")), "what to fix");
                    });
                    config.routes.get("/refusal", ctx -> {
                        throw UserError.refusal(Kind.BUSY, "retry in a moment");
                    });
                    config.routes.get("/actor", ctx -> {
                        throw new UnresolvedActor(
                                Kind.INVALID,
                                "'Putin' names 2 actors",
                                List.of(
                                        new Candidate("q7747", "Vladimir Putin", "president"),
                                        new Candidate("p2", "Putin", null)));
                    });
                    config.routes.get("/nobody", ctx -> {
                        throw new UnresolvedActor(Kind.NOT_FOUND, "no actor named 'Nobody'", List.of());
                    });
                    config.routes.get("/validated", ctx -> ctx.queryParamAsClass("n", Integer.class)
                            .get());
                    config.routes.get("/bug", ctx -> {
                        throw new IllegalStateException("a bug");
                    });
                })
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void every_kind_answers_its_status_and_error_word_with_the_message_as_detail() throws Exception {
        Map<Kind, String> expected = new EnumMap<>(Kind.class);
        expected.put(Kind.INVALID, "400 bad request");
        expected.put(Kind.UNAUTHENTICATED, "401 unauthorized");
        expected.put(Kind.FORBIDDEN, "403 forbidden");
        expected.put(Kind.NOT_FOUND, "404 not found");
        expected.put(Kind.CONFLICT, "409 conflict");
        expected.put(Kind.LENGTH_REQUIRED, "411 length required");
        expected.put(Kind.TOO_LARGE, "413 content too large");
        expected.put(Kind.MISDIRECTED, "421 misdirected request");
        expected.put(Kind.UNPROCESSABLE, "422 unprocessable content");
        expected.put(Kind.BUSY, "429 too many requests");
        expected.put(Kind.TIMED_OUT, "503 timeout");
        expected.put(Kind.UNAVAILABLE, "503 database unavailable");
        assertThat(expected.keySet()).as("every kind has its expected answer").containsExactly(Kind.values());

        for (Kind kind : Kind.values()) {
            HttpResponse<String> response = get("/kind/" + kind.name());
            JsonNode body = JSON.readTree(response.body());

            String[] status = expected.get(kind).split(" ", 2);
            assertThat(response.statusCode()).as(kind.name()).isEqualTo(Integer.parseInt(status[0]));
            assertThat(body)
                    .as(kind.name())
                    .isEqualTo(JSON.createObjectNode().put("error", status[1]).put("detail", "what to fix"));
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(kind.name())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(kind.name())
                    .isEqualTo(
                            kind == Kind.UNAUTHENTICATED
                                    ? Optional.of("Bearer realm=\"influence-graph\"")
                                    : Optional.empty());
            assertThat(response.headers().firstValue("Retry-After"))
                    .as(kind.name())
                    .isEqualTo(kind == Kind.BUSY ? Optional.of("1") : Optional.empty());
        }
    }

    @Test
    void a_refusal_without_a_stack_trace_answers_as_any_error_of_its_kind() throws Exception {
        HttpResponse<String> response = get("/refusal");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"error": "too many requests", "detail": "retry in a moment"}"""));
        assertThat(UserError.refusal(Kind.BUSY, "x").getStackTrace()).isEmpty();
    }

    @Test
    void an_unresolved_actor_lists_its_candidates_and_none_when_there_are_none() throws Exception {
        HttpResponse<String> several = get("/actor");
        HttpResponse<String> none = get("/nobody");

        assertThat(several.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(several.body())).isEqualTo(JSON.readTree("""
                {"error": "bad request", "detail": "'Putin' names 2 actors", "candidates": [
                  {"id": "q7747", "name": "Vladimir Putin", "description": "president"},
                  {"id": "p2", "name": "Putin", "description": null}]}"""));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(none.body())).isEqualTo(JSON.readTree("""
                {"error": "not found", "detail": "no actor named 'Nobody'"}"""));
    }

    @Test
    void a_parameter_javalin_cannot_convert_or_misses_is_a_bad_request_naming_it() throws Exception {
        HttpResponse<String> response = get("/validated?n=seven");
        HttpResponse<String> missing = get("/validated");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"error": "bad request", "detail": "parameter 'n' is not valid: 'seven'"}"""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
                {"error": "bad request", "detail": "parameter 'n' is required"}"""));
    }

    @Test
    void a_bug_is_500_with_the_request_id_its_log_names() throws Exception {
        HttpResponse<String> bug = get("/bug");
        HttpResponse<String> nowhere = get("/nowhere");

        assertThat(bug.statusCode()).isEqualTo(500);
        String id = bug.headers().firstValue(ApiErrors.REQUEST_ID).orElseThrow();
        assertThat(JSON.readTree(bug.body()))
                .isEqualTo(JSON.createObjectNode()
                        .put("error", "internal error")
                        .put("detail", "the server failed; its log has the details under request id " + id)
                        .put("requestId", id));
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nowhere.body())).isEqualTo(JSON.readTree("""
                {"error": "not found", "detail": "Endpoint GET /nowhere not found"}"""));
    }

    @Test
    void no_class_but_api_errors_maps_an_exception_and_no_other_domain_exception_type_exists() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> mapping = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String source = Files.readString(p);
                            return source.contains(".exception(") || source.contains("extends RuntimeException");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(p -> main.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();

            // Cancelled is no error of the request: the worker stops, and nobody waits for an answer.
            assertThat(mapping)
                    .containsExactly(
                            "org/influencegraph/UserError.java",
                            "org/influencegraph/http/ApiErrors.java",
                            "org/influencegraph/importer/Cancellation.java");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
