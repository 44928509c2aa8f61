package org.influencegraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.export.GraphExporter;
import org.influencegraph.export.GraphFormat;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.QueryService;

/**
 * {@code GET /api/graph?format=...}: the whole graph, streamed, or with {@code query=NAME} and that query's
 * parameters, the graph of its answer; as Cytoscape.js JSON, GraphML or GEXF.
 */
final class ExportController {

    private final QueryService queries;
    private final GraphExporter exporter;

    ExportController(QueryService queries, GraphExporter exporter) {
        this.queries = queries;
        this.exporter = exporter;
    }

    void export(Context ctx) throws IOException {
        String formatText = ctx.queryParam("format") == null ? "cytoscape" : ctx.queryParam("format");
        GraphFormat format = GraphFormat.parse(formatText)
                .orElseThrow(() -> new UserError(
                        Kind.INVALID, "format must be cytoscape, graphml, gexf or ftm, not '" + formatText + "'"));
        String query = ctx.queryParam("query");
        String file = (query == null ? "influence-graph" : query) + "." + format.extension();
        if (query == null) {
            if (!QueryController.parameters(ctx, "format").isEmpty()) {
                throw new UserError(
                        Kind.INVALID, "parameters other than format need query=NAME, the canned query they belong to");
            }
            start(ctx, format, file);
            try (OutputStream out = ctx.outputStream()) {
                exporter.database(format, out);
            }
            return;
        }
        QueryResult result = queries.runAsGraph(query, QueryController.parameters(ctx, "format", "query"));
        start(ctx, format, file);
        try (OutputStream out = ctx.outputStream()) {
            GraphExporter.answer(query, result, format, out);
        }
    }

    private static void start(Context ctx, GraphFormat format, String file) {
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
    }
}
