package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, the API page and CORS. */
class ApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static App app;
    private static Javalin plain;
    private static Javalin withCors;

    @BeforeAll
    static void start() {
        app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true);
        plain = HttpApi.create(app).start("127.0.0.1", 0);
        withCors = HttpApi.create(
                        app,
                        HttpApi.Settings.defaults().withOrigins(List.of("https://newsroom.example.org"), List.of("*")))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        plain.stop();
        withCors.stop();
        app.close();
    }

    @Test
    void the_openapi_document_has_every_route_and_a_path_for_every_canned_query() throws Exception {
        JsonNode doc = JSON.readTree(TestSupport.get("http://127.0.0.1:" + plain.port() + "/api/openapi.json")
                .body());

        assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        List<String> expected = new ArrayList<>(List.of("/api/health", "/api/queries"));
        app.queries().catalog().all().forEach(q -> expected.add("/api/queries/" + q.name()));
        expected.add("/api/cypher");
        expected.addAll(List.of(
                "/api/graph",
                "/api/entities",
                "/api/entities/{id}",
                "/api/entities/{id}/merge",
                "/api/duplicates",
                "/api/duplicates/reject",
                "/api/merges",
                "/api/merges/{id}/undo",
                "/api/imports",
                "/api/articles",
                "/api/candidates/{id}/accept",
                "/api/candidates/{id}/reject",
                "/",
                "/app/{file}",
                "/lib/{file}",
                "/embed/{name}",
                "/api/embed/{name}",
                "/embed/assets/cytoscape.min.js",
                "/embed/assets/embed.js",
                "/api",
                "/api/openapi.json",
                "/api/docs",
                "/guide/influence-graph.html",
                "/guide/influence-graph.grass"));
        assertThat(paths).containsExactlyElementsOf(expected);
        // Writes say they need the token; reads do not.
        assertThat(doc.at("/paths/~1api~1imports/post/security/0").has("token")).isTrue();
        assertThat(doc.at("/paths/~1api~1imports/post/responses").has("401")).isTrue();
        assertThat(doc.at("/paths/~1api~1imports/post/requestBody/content").has("multipart/form-data"))
                .isTrue();
        assertThat(doc.at("/paths/~1api~1queries/get/security").isMissingNode()).isTrue();
        assertThat(doc.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1merges~1{id}~1undo/post/responses").has("409"))
                .isTrue();
        assertThat(doc.at("/paths/~1api~1entities~1{id}/get/parameters/0/in").asText())
                .isEqualTo("path");
        JsonNode depth = doc.at("/paths/~1api~1queries~1network/get/parameters/1");
        assertThat(depth.toString())
                .isEqualTo(
                        "{\"name\":\"depth\",\"in\":\"query\",\"required\":false,"
                                + "\"description\":\"how many steps out (1 to 3)\",\"schema\":{\"type\":\"integer\",\"default\":1}}");
        assertThat(doc.at("/paths/~1api~1cypher/post/responses").has("422")).isTrue();
        assertThat(doc.at("/paths/~1guide~1influence-graph.html/options/responses")
                        .has("204"))
                .isTrue();
        assertThat(doc.at("/paths/~1api/get/responses").has("302")).isTrue();
    }

    @Test
    void the_openapi_document_passes_the_swagger_parser_with_no_message() throws Exception {
        String text = TestSupport.get("http://127.0.0.1:" + plain.port() + "/api/openapi.json")
                .body();

        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(text, null, null);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths())
                .hasSize(JSON.readTree(text).get("paths").size());
    }

    @Test
    void every_answer_has_a_typed_schema_generated_from_the_records_and_its_real_media_types() throws Exception {
        JsonNode doc = JSON.readTree(TestSupport.get("http://127.0.0.1:" + plain.port() + "/api/openapi.json")
                .body());

        List<String> untyped = new ArrayList<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    JsonNode ok = op.getValue().at("/responses/200/content");
                    ok.fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().get("schema");
                        if (schema.toString().equals("{\"type\":\"object\"}")
                                && !path.getKey().equals("/api/openapi.json")) {
                            untyped.add(op.getKey() + " " + path.getKey() + " " + media.getKey());
                        }
                    });
                }));
        assertThat(untyped).isEmpty();
        JsonNode entity = doc.at("/components/schemas/Entity/properties");
        assertThat(entity.get("ties").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Tie\"}}");
        assertThat(entity.get("tieCount").get("type").asText()).isEqualTo("integer");
        List<String> node = new ArrayList<>();
        doc.at("/components/schemas/Node/properties").fieldNames().forEachRemaining(node::add);
        assertThat(node).containsExactly("id", "labels", "type", "name", "properties");
        List<String> graph = new ArrayList<>();
        doc.at("/paths/~1api~1graph/get/responses/200/content").fieldNames().forEachRemaining(graph::add);
        assertThat(graph)
                .containsExactly(
                        "application/json", "application/graphml+xml", "application/gexf+xml", "application/x-ndjson");
        List<String> canned = new ArrayList<>();
        doc.at("/paths/~1api~1queries~1mediators/get/responses/200/content")
                .fieldNames()
                .forEachRemaining(canned::add);
        assertThat(canned).containsExactlyInAnyOrder("application/json", "text/csv");
        assertThat(doc.at("/paths/~1embed~1{name}/get/responses/200/content").has("text/html"))
                .isTrue();
        assertThat(doc.at("/paths/~1api~1docs/get/responses/200/content").has("text/html"))
                .isTrue();
        assertThat(doc.at("/paths/~1api~1entities~1{id}/get/responses/404/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ApiError");
    }

    @Test
    void the_api_page_lists_every_canned_query() {
        HttpResponse<String> page = TestSupport.get("http://127.0.0.1:" + plain.port() + "/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        app.queries().catalog().all().forEach(q -> assertThat(page.body())
                .contains("id=\"" + q.name() + "\"", "<a href=\"/embed/" + q.name()));
        assertThat(page.body())
                .contains("<a href=\"/api/queries/shortest-path?from=Lukashenko&amp;to=Putin&amp;"
                        + "format=graph\">graph</a>");
        // The real address in the examples, and a form that tries each read on this server.
        String base = "http://127.0.0.1:" + plain.port();
        assertThat(page.body())
                .contains(
                        "<code id=\"base\">" + base + "</code>",
                        "<pre>curl '" + base + "/api/queries/shortest-path?from=Lukashenko&amp;to=Putin'</pre>",
                        "<form class=\"try\" method=\"get\" action=\"/api/queries/shortest-path\" target=\"_blank\">"
                                + "<label>from (required)<input name=\"from\" value=\"Lukashenko\" required></label>",
                        "<form class=\"try\" method=\"get\" action=\"/api/entities\" target=\"_blank\">")
                .doesNotContain("localhost:8080");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self'");
    }

    @Test
    void the_browser_guide_has_a_slide_for_the_model_and_each_canned_query_runnable_as_it_is() throws Exception {
        HttpResponse<String> guide =
                TestSupport.get("http://127.0.0.1:" + plain.port() + "/guide/influence-graph.html");

        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        String html = guide.body();
        assertThat(html.split("<slide ", -1))
                .hasSize(app.queries().catalog().all().size() + 2);
        app.queries().catalog().all().forEach(q -> assertThat(html)
                .contains("<pre class=\"pre-scrollable code runnable\">"
                        + q.browserParams() + "\n"
                        + q.cypher().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        + ";</pre>"));
        HttpResponse<String> preflight = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + plain.port() + "/guide/influence-graph.html"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", "http://127.0.0.1:7474")
                                .header("Access-Control-Request-Method", "GET")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
    }

    private static HttpResponse<String> fromOrigin(Javalin http, String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/api/health"))
                                .header("Origin", origin)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void cors_is_off_by_default_and_on_for_the_listed_origins_only() throws Exception {
        assertThat(fromOrigin(plain, "https://newsroom.example.org")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(fromOrigin(withCors, "https://newsroom.example.org")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .contains("https://newsroom.example.org");
        assertThat(fromOrigin(withCors, "https://elsewhere.example")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void the_answers_and_their_schemas_come_from_the_same_records() throws Exception {
        String base = "http://127.0.0.1:" + plain.port();
        JsonNode doc = JSON.readTree(TestSupport.get(base + "/api/openapi.json").body());
        JsonNode catalog = JSON.readTree(TestSupport.get(base + "/api/queries").body());

        assertThat(doc.at("/paths/~1api~1queries/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/QueryInfo");
        assertThat(fields(catalog.get(0))).isEqualTo(properties(doc, "QueryInfo"));
        JsonNode depth = null;
        for (JsonNode query : catalog) {
            for (JsonNode parameter : query.get("parameters")) {
                if (parameter.get("type").asText().equals("integer")) {
                    depth = parameter;
                }
            }
        }
        assertThat(fields(depth))
                .as("an integer parameter has its bounds")
                .isEqualTo(properties(doc, "ParameterInfo"))
                .containsExactly("name", "type", "required", "default", "min", "max", "description");
        assertThat(properties(doc, "Rows")).containsExactly("query", "columns", "rows", "count", "truncated");
        assertThat(properties(doc, "GraphAnswer")).containsExactly("query", "nodes", "edges", "sources");
        assertThat(properties(doc, "ImportAnswer")).containsExactly("error", "detail", "imports");
        assertThat(properties(doc, "ImportPart"))
                .containsExactly(
                        "format", "written", "rows", "skipped", "tables", "problemCount", "problems", "leftOut");
        assertThat(properties(doc, "ArticleAnswer"))
                .containsExactly(
                        "article", "title", "changed", "replaced", "entities", "events", "ties", "candidates", "added");
        assertThat(doc.at("/paths/~1api~1imports/post/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ImportAnswer");
        assertThat(doc.at("/paths/~1api~1articles/post/responses/201/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ArticleAnswer");
    }

    private static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> properties(JsonNode doc, String schema) {
        return fields(doc.at("/components/schemas/" + schema + "/properties"));
    }
}
