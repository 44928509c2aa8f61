package org.influencegraph.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.influencegraph.graph.Health;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Formats;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.Merges;
import org.influencegraph.review.Candidates;

/**
 * The OpenAPI 3.0 document of the API, built from the route table and the query catalog when the server
 * starts: each canned query gets a path of its own with its parameters, so that clients see the catalog.
 */
final class OpenApi {

    private static final Map<Integer, String> ERRORS = Map.ofEntries(
            Map.entry(400, "a parameter is wrong"),
            Map.entry(401, "no token, or not a current one: send 'Authorization: Bearer TOKEN'"),
            Map.entry(403, "the read token cannot change the graph"),
            Map.entry(404, "no such query, actor, entity, merge or candidate (for an actor, the closest listed)"),
            Map.entry(
                    409,
                    "a later merge builds on this one, the id is taken, or the candidate was decided the "
                            + "other way: undo or resolve that first"),
            Map.entry(411, "the body came in chunks: send it with a Content-Length"),
            Map.entry(413, "the request is larger than its limit (an article: 5 MB, or the upload limit if lower)"),
            Map.entry(422, "the query is not allowed or does not compile, or the files have problems (listed)"),
            Map.entry(429, "the server is at its limit of requests, or an import is running: retry in a moment"),
            Map.entry(503, "Neo4j is unavailable or the query timed out"));

    private OpenApi() {}

    static Map<String, Object> document(List<Route> routes, QueryCatalog catalog, String version) {
        Schemas schemas = new Schemas();
        Map<String, Map<String, Object>> answers = answers(schemas);
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            if (route.path().equals("/api/queries/{name}")) {
                for (CannedQuery query : catalog.all()) {
                    Map<String, Object> op = operation(
                            query.title() + ": " + query.description(),
                            queryParams(query),
                            null,
                            List.of(400, 404, 503),
                            "query-" + query.name());
                    answer(
                            op,
                            "the answer: rows (format=json) or nodes and edges (format=graph)",
                            Map.of(
                                    "application/json",
                                            Map.of(
                                                    "schema",
                                                    Map.of(
                                                            "oneOf",
                                                            List.of(
                                                                    schemas.of(Formats.Rows.class),
                                                                    schemas.of(QueryController.GraphAnswer.class)))),
                                    "text/csv", Map.of("schema", Map.of("type", "string"))));
                    paths.put("/api/queries/" + query.name(), Map.of("get", op));
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            List<Integer> errors = new ArrayList<>(route.errors());
            if (route.write()) {
                errors.addAll(List.of(401, 403));
            }
            if (!errors.contains(429)) {
                errors.add(429);
            }
            Map<String, Object> op = operation(
                    route.summary(),
                    route.params(),
                    route.requestBody(),
                    errors.stream().sorted().distinct().toList(),
                    operationId(route));
            if (route.write()) {
                op.put("security", List.of(Map.of("token", List.of())));
            }
            String key = route.method() + " " + route.path();
            if (route.path().equals("/api/graph")) {
                Map<String, Object> content = new LinkedHashMap<>();
                content.put(
                        "application/json",
                        Map.of(
                                "schema",
                                Map.of(
                                        "type",
                                        "object",
                                        "description",
                                        "Cytoscape.js elements: {\"elements\": {\"nodes\": [{\"data\": {...}}], \"edges\": [...]}}")));
                content.put("application/graphml+xml", Map.of("schema", Map.of("type", "string")));
                content.put("application/gexf+xml", Map.of("schema", Map.of("type", "string")));
                content.put(
                        "application/x-ndjson",
                        Map.of(
                                "schema",
                                Map.of(
                                        "type",
                                        "string",
                                        "description",
                                        "FollowTheMoney entities, one JSON object a line")));
                answer(op, "the graph in the format asked for", content);
            } else if (answers.containsKey(key)) {
                answer(op, "the answer", Map.of("application/json", Map.of("schema", answers.get(key))));
            }
            if (route.body() == Route.Body.UPLOAD) {
                op.put(
                        "requestBody",
                        Map.of(
                                "required",
                                true,
                                "content",
                                Map.of(
                                        "multipart/form-data",
                                        Map.of(
                                                "schema",
                                                Map.of("type", "object", "description", route.requestBody())))));
            }
            if (route.body() == Route.Body.ARTICLE) {
                Map<String, Object> content = new LinkedHashMap<>();
                for (String type : List.of("text/plain", "text/markdown", "text/html")) {
                    content.put(type, Map.of("schema", Map.of("type", "string")));
                }
                content.put(
                        "application/json",
                        Map.of("schema", Map.of("type", "object", "description", route.requestBody())));
                op.put("requestBody", Map.of("required", true, "content", content));
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                Map<String, Object> withCreated = new LinkedHashMap<>();
                Map<String, Object> article = schemas.of(ArticleController.ArticleAnswer.class);
                withCreated.put(
                        "201",
                        Map.of(
                                "description",
                                "the article was imported: what it added",
                                "content",
                                Map.of("application/json", Map.of("schema", article))));
                withCreated.putAll(responses);
                withCreated.put(
                        "200",
                        Map.of(
                                "description",
                                "the same text was imported before: nothing changed",
                                "content",
                                Map.of("application/json", Map.of("schema", article))));
                op.put("responses", withCreated);
            }
            if (route.path().equals("/api/duplicates")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                responses.put(
                        "202",
                        Map.of(
                                "description",
                                "the review of the graph as it is takes longer than 'wait': "
                                        + "status 'computing', no pairs; ask again after the Retry-After header's seconds",
                                "content",
                                responses.get("200") instanceof Map<?, ?> ok ? ok.get("content") : Map.of()));
            }
            item.put(route.method().toLowerCase(Locale.ROOT), op);
        }
        pages(paths, catalog, schemas);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "Influence Graph API",
                        "version",
                        version,
                        "description",
                        "Canned questions about an influence network (who mediated between whom, how A is connected to B, "
                                + "who met whom and when), ad-hoc read-only Cypher, and the service's health. Every error "
                                + "is JSON {\"error\", \"detail\"}."));
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "securitySchemes",
                        Map.of(
                                "token",
                                Map.of(
                                        "type",
                                        "http",
                                        "scheme",
                                        "bearer",
                                        "description",
                                        "The write token (or, for reads when the server protects them, the read token)")),
                        "schemas",
                        schemas.components()));
        return doc;
    }

    /** The JSON answers of the routes, by method and path, generated from the records the handlers return. */
    private static Map<String, Map<String, Object>> answers(Schemas schemas) {
        schemas.of(ApiError.class);
        schemas.of(Formats.Rows.class);
        schemas.of(QueryController.GraphAnswer.class);
        schemas.of(QueryResult.Path.class);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("GET /api/health", schemas.of(Health.class));
        out.put("GET /api/queries", Schemas.arrayOf(schemas.of(QueryController.QueryInfo.class)));
        out.put("POST /api/cypher", schemas.of(CypherController.CypherAnswer.class));
        out.put("GET /api/entities", schemas.of(EntityController.SearchAnswer.class));
        out.put("GET /api/entities/{id}", schemas.of(EntityDetails.Entity.class));
        out.put("POST /api/entities/{id}/merge", schemas.of(Merges.Merge.class));
        out.put("GET /api/duplicates", schemas.of(EntityController.DuplicatesAnswer.class));
        out.put("POST /api/duplicates/reject", schemas.of(Merges.Distinct.class));
        out.put("GET /api/merges", schemas.of(EntityController.MergesAnswer.class));
        out.put("POST /api/merges/{id}/undo", schemas.of(Merges.Undo.class));
        out.put("POST /api/imports", schemas.of(ImportController.ImportAnswer.class));
        out.put("POST /api/candidates/{id}/accept", schemas.of(Candidates.Decision.class));
        out.put("POST /api/candidates/{id}/reject", schemas.of(Candidates.Decision.class));
        return out;
    }

    /** The routes that answer pages, files or documents rather than JSON data, with their media types. */
    private static void pages(Map<String, Object> paths, QueryCatalog catalog, Schemas schemas) {
        Map<String, Object> name = Map.of(
                "name",
                "name",
                "in",
                "path",
                "required",
                true,
                "description",
                "a canned query: "
                        + String.join(
                                ", ",
                                catalog.all().stream().map(CannedQuery::name).toList()),
                "schema",
                Map.of("type", "string"));
        Map<String, Object> file = Map.of(
                "name",
                "file",
                "in",
                "path",
                "required",
                true,
                "description",
                "a file name",
                "schema",
                Map.of("type", "string"));
        page(paths, "/", "The newsroom front end", "text/html", List.of(), Map.of("type", "string"));
        page(
                paths,
                "/app/{file}",
                "The front end's modules and style",
                "text/javascript",
                List.of(file),
                Map.of("type", "string"));
        page(
                paths,
                "/lib/{file}",
                "The graph libraries (Cytoscape.js, fCoSE), from WebJars",
                "text/javascript",
                List.of(file),
                Map.of("type", "string"));
        page(
                paths,
                "/embed/{name}",
                "An embeddable page drawing a canned query's answer; the query's parameters " + "follow",
                "text/html",
                List.of(name),
                Map.of("type", "string"));
        page(
                paths,
                "/api/embed/{name}",
                "The <iframe> snippet that embeds /embed/{name} with the same parameters",
                "application/json",
                List.of(name),
                schemas.of(EmbedController.Snippet.class));
        page(
                paths,
                "/embed/assets/cytoscape.min.js",
                "Cytoscape.js, for the embeddable page",
                "text/javascript",
                List.of(),
                Map.of("type", "string"));
        page(
                paths,
                "/embed/assets/embed.js",
                "The embeddable page's script",
                "text/javascript",
                List.of(),
                Map.of("type", "string"));
        Map<String, Object> redirect = new LinkedHashMap<>();
        redirect.put("summary", "Sends the reader to the API page");
        redirect.put("operationId", "get-api");
        redirect.put(
                "responses",
                Map.of(
                        "302",
                        Map.of(
                                "description",
                                "to /api/docs",
                                "headers",
                                Map.of("Location", Map.of("schema", Map.of("type", "string"))))));
        paths.put("/api", Map.of("get", redirect));
        page(paths, "/api/openapi.json", "This document", "application/json", List.of(), Map.of("type", "object"));
        page(
                paths,
                "/api/docs",
                "The API page, generated from the route table and the catalog",
                "text/html",
                List.of(),
                Map.of("type", "string"));
        page(
                paths,
                "/guide/influence-graph.html",
                "The Neo4j Browser guide (:play)",
                "text/html",
                List.of(),
                Map.of("type", "string"));
        Map<String, Object> preflight = new LinkedHashMap<>();
        preflight.put("summary", "The CORS preflight of the Neo4j Browser, which fetches the guide from its own port");
        preflight.put("operationId", "options-guide-influence-graph-html");
        preflight.put("responses", Map.of("204", Map.of("description", "any origin may GET the guide")));
        Map<String, Object> guide = new LinkedHashMap<>(castMap(paths.get("/guide/influence-graph.html")));
        guide.put("options", preflight);
        paths.put("/guide/influence-graph.html", guide);
        page(
                paths,
                "/guide/influence-graph.grass",
                "The Neo4j Browser style (:style): colours by type, events " + "captioned by type and date",
                "text/plain",
                List.of(),
                Map.of("type", "string"));
    }

    private static void page(
            Map<String, Object> paths,
            String path,
            String summary,
            String mediaType,
            List<Map<String, Object>> params,
            Map<String, Object> schema) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", summary);
        op.put("operationId", ("get" + path).replaceAll("[^a-zA-Z0-9]+", "-").toLowerCase(Locale.ROOT));
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                "200",
                Map.of(
                        "description",
                        "the " + mediaType + " content",
                        "content",
                        Map.of(mediaType, Map.of("schema", schema))));
        if (!params.isEmpty()) {
            responses.put(
                    "404",
                    Map.of(
                            "description",
                            ERRORS.get(404),
                            "content",
                            Map.of(
                                    "application/json",
                                    Map.of("schema", Map.of("$ref", "#/components/schemas/ApiError")))));
        }
        op.put("responses", responses);
        paths.put(path, Map.of("get", op));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static void answer(Map<String, Object> op, String description, Map<String, Object> content) {
        @SuppressWarnings("unchecked")
        Map<String, Object> responses = (Map<String, Object>) op.get("responses");
        responses.put("200", Map.of("description", description, "content", content));
    }

    private static String operationId(Route route) {
        return (route.method() + route.path()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static List<Route.Param> queryParams(CannedQuery query) {
        List<Route.Param> params = new ArrayList<>();
        for (Parameter p : query.parameters()) {
            String type = p.type() == Parameter.Type.INTEGER ? "integer" : "string";
            String description = p.description()
                    + switch (p.type()) {
                        case ACTOR -> " (an id, a name or an alias; case, accents and script do not matter)";
                        case START_DATE, END_DATE -> " (2020, 2020-10 or 2020-10-10)";
                        case INTEGER -> " (" + p.min() + " to " + p.max() + ")";
                        case STRING -> "";
                    };
            params.add(new Route.Param(
                    p.name(),
                    "query",
                    type,
                    p.required(),
                    p.defaultValue() == null ? null : p.convert(p.defaultValue()),
                    description));
        }
        params.add(new Route.Param(
                "format",
                "query",
                "string",
                false,
                "json",
                "json (rows), graph (nodes and edges) or csv; Accept: text/csv also gives CSV"));
        return params;
    }

    private static Map<String, Object> operation(
            String summary, List<Route.Param> params, String requestBody, List<Integer> errors, String operationId) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", summary);
        op.put("operationId", operationId);
        if (!params.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Route.Param p : params) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", p.type());
                if (p.defaultValue() != null) {
                    schema.put("default", p.defaultValue());
                }
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", p.name());
                param.put("in", p.in());
                param.put("required", p.required());
                param.put("description", p.description());
                param.put("schema", schema);
                list.add(param);
            }
            op.put("parameters", list);
        }
        if (requestBody != null) {
            op.put(
                    "requestBody",
                    Map.of(
                            "required",
                            true,
                            "content",
                            Map.of(
                                    "application/json",
                                    Map.of("schema", Map.of("type", "object", "description", requestBody)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                "200",
                Map.of(
                        "description",
                        "the answer",
                        "content",
                        Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        for (int status : errors) {
            responses.put(
                    String.valueOf(status),
                    Map.of(
                            "description",
                            ERRORS.get(status),
                            "content",
                            Map.of(
                                    "application/json",
                                    Map.of("schema", Map.of("$ref", "#/components/schemas/ApiError")))));
        }
        op.put("responses", responses);
        return op;
    }
}
