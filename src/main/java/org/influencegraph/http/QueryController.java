package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Formats;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryService;

/** {@code GET /api/queries} (the catalog) and {@code GET /api/queries/{name}} (an answer, as rows, graph or CSV). */
final class QueryController {

    /** A canned query of the catalog: its name, what it answers, and its parameters. */
    record QueryInfo(String name, String title, String description, List<ParameterInfo> parameters) {}

    /** A parameter of a canned query; the bounds of a whole number only. */
    record ParameterInfo(
            String name,
            String type,
            boolean required,
            @JsonProperty("default") Object defaultValue,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long min,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long max,
            String description) {}

    /** An answer as a graph, with the sources its edges rest on by id. */
    record GraphAnswer(
            String query,
            List<QueryResult.Node> nodes,
            List<QueryResult.Edge> edges,
            Map<String, QueryResult.Node> sources) {}

    private final QueryService queries;

    QueryController(QueryService queries) {
        this.queries = queries;
    }

    void catalog(Context ctx) {
        ctx.json(queries.catalog().all().stream().map(QueryController::describe).toList());
    }

    void run(Context ctx) {
        String name = ctx.pathParam("name");
        String format = ctx.queryParam("format");
        if (format == null) {
            format = String.valueOf(ctx.header("Accept")).contains("text/csv") ? "csv" : "json";
        }
        if (!List.of("json", "graph", "csv").contains(format)) {
            throw new UserError(Kind.INVALID, "format must be json, graph or csv, not '" + format + "'");
        }
        Map<String, String> params = parameters(ctx, "format");
        if (format.equals("graph")) {
            Formats.Drawing graph = Formats.graph(name, queries.runAsGraph(name, params));
            ctx.json(new GraphAnswer(
                    graph.query(), graph.nodes(), graph.edges(), queries.sources(Formats.sourceIds(graph))));
            return;
        }
        QueryResult result = queries.run(name, params);
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"" + name + ".csv\"")
                    .result(Formats.csv(result));
        } else {
            ctx.json(Formats.rows(name, result));
        }
    }

    /** The query string's parameters for a canned query, leaving out the endpoint's own ({@code reserved}). */
    static Map<String, String> parameters(Context ctx, String... reserved) {
        List<String> own = new ArrayList<>(List.of(reserved));
        own.add(Guard.TOKEN_PARAMETER);
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((key, values) -> {
            if (!own.contains(key) && !key.isBlank()) {
                if (values.size() > 1) {
                    throw new UserError(Kind.INVALID, "parameter '" + key + "' is given " + values.size() + " times");
                }
                params.put(key, values.get(0));
            }
        });
        return params;
    }

    static QueryInfo describe(CannedQuery query) {
        return new QueryInfo(
                query.name(),
                query.title(),
                query.description(),
                query.parameters().stream().map(QueryController::describe).toList());
    }

    private static ParameterInfo describe(Parameter p) {
        boolean integer = p.type() == Parameter.Type.INTEGER;
        return new ParameterInfo(
                p.name(),
                p.type().code(),
                p.required(),
                p.defaultValue() == null ? null : p.convert(p.defaultValue()),
                integer ? p.min() : null,
                integer ? p.max() : null,
                p.description());
    }
}
