package org.influencegraph.http;

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
            Map<String, Object> graph = Formats.graph(name, queries.runAsGraph(name, params));
            graph.put("sources", queries.sources(Formats.sourceIds(graph)));
            ctx.json(graph);
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
                    throw new UserError(Kind.INVALID, "parameter '" + key + "' is given "
                            + values.size() + " times");
                }
                params.put(key, values.get(0));
            }
        });
        return params;
    }

    static Map<String, Object> describe(CannedQuery query) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", query.name());
        out.put("title", query.title());
        out.put("description", query.description());
        out.put("parameters", query.parameters().stream().map(QueryController::describe).toList());
        return out;
    }

    private static Map<String, Object> describe(Parameter p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("type", p.type().code());
        out.put("required", p.required());
        out.put("default", p.defaultValue() == null ? null : p.convert(p.defaultValue()));
        if (p.type() == Parameter.Type.INTEGER) {
            out.put("min", p.min());
            out.put("max", p.max());
        }
        out.put("description", p.description());
        return out;
    }
}
