package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.AdHocQueries;
import org.influencegraph.query.Formats;

/** {@code POST /api/cypher}: ad-hoc read-only Cypher, {@code {"query", "params", "limit", "timeout"}}. */
final class CypherController {

    /** The body of a request; {@code timeout} in seconds. */
    record Request(String query, Map<String, Object> params, Integer limit, Integer timeout) {}

    /** The rows of an ad-hoc query, the limit it ran with, and when it was cut, what to do. */
    record CypherAnswer(
            String query,
            List<String> columns,
            List<Map<String, Object>> rows,
            int count,
            boolean truncated,
            int limit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {}

    private static final JsonBody<Request> BODY = new JsonBody<>(
            Request.class,
            "expected a JSON object {\"query\": \"MATCH ...\", \"params\": {...}, \"limit\": 100}",
            null,
            "the body is empty");

    private final AdHocQueries queries;

    CypherController(AdHocQueries queries) {
        this.queries = queries;
    }

    void run(Context ctx) {
        Request request = BODY.read(ctx);
        int limit = request.limit() == null ? queries.defaultLimit() : request.limit();
        QueryResult result = queries.run(
                request.query(),
                request.params() == null ? Map.of() : request.params(),
                request.limit(),
                request.timeout());
        String notice = result.truncated()
                ? "the answer was cut at " + limit + " rows; raise 'limit' (at most " + queries.maxLimit()
                        + ") or narrow the query"
                : null;
        Formats.Rows rows = Formats.rows("cypher", result);
        ctx.json(new CypherAnswer(
                rows.query(), rows.columns(), rows.rows(), rows.count(), rows.truncated(), limit, notice));
    }
}
