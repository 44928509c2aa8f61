package org.influencegraph.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;

/**
 * The OpenAPI 3.0 document of the API, built from the route table and the query catalog when the server
 * starts: each canned query gets a path of its own with its parameters, so that clients see the catalog.
 */
final class OpenApi {

    private static final Map<Integer, String> ERRORS = Map.ofEntries(Map.entry(400, "a parameter is wrong"),
            Map.entry(401, "no token, or not a current one: send 'Authorization: Bearer TOKEN'"),
            Map.entry(403, "the read token cannot change the graph"),
            Map.entry(404, "no such query, actor, entity, merge or candidate (for an actor, the closest listed)"),
            Map.entry(409, "a later merge builds on this one, the id is taken, or the candidate was decided the "
                    + "other way: undo or resolve that first"),
            Map.entry(411, "the body came in chunks: send it with a Content-Length"),
            Map.entry(413, "the request is larger than its limit (an article: 5 MB, or the upload limit if lower)"),
            Map.entry(422, "the query is not allowed or does not compile, or the files have problems (listed)"),
            Map.entry(429, "the server is at its limit of requests, or an import is running: retry in a moment"),
            Map.entry(503, "Neo4j is unavailable or the query timed out"));

    private OpenApi() {
    }

    static Map<String, Object> document(List<Route> routes, QueryCatalog catalog, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            if (route.path().equals("/api/queries/{name}")) {
                for (CannedQuery query : catalog.all()) {
                    paths.put("/api/queries/" + query.name(), Map.of("get", operation(query.title() + ": "
                            + query.description(), queryParams(query), null, List.of(400, 404, 503), "query-" + query.name())));
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            List<Integer> errors = new ArrayList<>(route.errors());
            if (route.write()) {
                errors.addAll(List.of(401, 403));
            }
            if (!errors.contains(429)) {
                errors.add(429);
            }
            Map<String, Object> op = operation(route.summary(), route.params(), route.requestBody(),
                    errors.stream().sorted().distinct().toList(), operationId(route));
            if (route.write()) {
                op.put("security", List.of(Map.of("token", List.of())));
            }
            if (route.body() == Route.Body.UPLOAD) {
                op.put("requestBody", Map.of("required", true, "content", Map.of("multipart/form-data", Map.of(
                        "schema", Map.of("type", "object", "description", route.requestBody())))));
            }
            if (route.body() == Route.Body.ARTICLE) {
                Map<String, Object> content = new LinkedHashMap<>();
                for (String type : List.of("text/plain", "text/markdown", "text/html")) {
                    content.put(type, Map.of("schema", Map.of("type", "string")));
                }
                content.put("application/json", Map.of("schema", Map.of("type", "object", "description",
                        route.requestBody())));
                op.put("requestBody", Map.of("required", true, "content", content));
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                Map<String, Object> withCreated = new LinkedHashMap<>();
                withCreated.put("201", Map.of("description", "the article was imported: what it added",
                        "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
                withCreated.putAll(responses);
                withCreated.put("200", Map.of("description", "the same text was imported before: nothing changed",
                        "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
                op.put("responses", withCreated);
            }
            item.put(route.method().toLowerCase(java.util.Locale.ROOT), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Influence Graph API", "version", version, "description",
                "Canned questions about an influence network (who mediated between whom, how A is connected to B, "
                        + "who met whom and when), ad-hoc read-only Cypher, and the service's health. Every error "
                        + "is JSON {\"error\", \"detail\"}."));
        doc.put("paths", paths);
        doc.put("components", Map.of("securitySchemes", Map.of("token", Map.of("type", "http", "scheme", "bearer",
                "description", "The write token (or, for reads when the server protects them, the read token)")),
                "schemas", Map.of("Error", Map.of("type", "object", "properties", Map.of(
                "error", Map.of("type", "string"), "detail", Map.of("type", "string"),
                "candidates", Map.of("type", "array", "items", Map.of("type", "object", "properties", Map.of(
                        "id", Map.of("type", "string"), "name", Map.of("type", "string"),
                        "description", Map.of("type", "string")))))))));
        return doc;
    }

    private static String operationId(Route route) {
        return (route.method() + route.path()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static List<Route.Param> queryParams(CannedQuery query) {
        List<Route.Param> params = new ArrayList<>();
        for (Parameter p : query.parameters()) {
            String type = p.type() == Parameter.Type.INTEGER ? "integer" : "string";
            String description = p.description() + switch (p.type()) {
                case ACTOR -> " (an id, a name or an alias; case, accents and script do not matter)";
                case START_DATE, END_DATE -> " (2020, 2020-10 or 2020-10-10)";
                case INTEGER -> " (" + p.min() + " to " + p.max() + ")";
                case STRING -> "";
            };
            params.add(new Route.Param(p.name(), "query", type, p.required(),
                    p.defaultValue() == null ? null : p.convert(p.defaultValue()), description));
        }
        params.add(new Route.Param("format", "query", "string", false, "json",
                "json (rows), graph (nodes and edges) or csv; Accept: text/csv also gives CSV"));
        return params;
    }

    private static Map<String, Object> operation(String summary, List<Route.Param> params, String requestBody,
            List<Integer> errors, String operationId) {
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
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema",
                    Map.of("type", "object", "description", requestBody)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "the answer", "content", Map.of("application/json",
                Map.of("schema", Map.of("type", "object")))));
        for (int status : errors) {
            responses.put(String.valueOf(status), Map.of("description", ERRORS.get(status), "content",
                    Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
        }
        op.put("responses", responses);
        return op;
    }
}
