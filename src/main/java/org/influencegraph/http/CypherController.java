package org.influencegraph.http;

import io.javalin.http.Context;
import java.util.Map;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.AdHocQueries;
import org.influencegraph.query.Formats;

/** {@code POST /api/cypher}: ad-hoc read-only Cypher, {@code {"query", "params", "limit", "timeout"}}. */
final class CypherController {

    /** The body of a request; {@code timeout} in seconds. */
    record Request(String query, Map<String, Object> params, Integer limit, Integer timeout) {
    }

    private static final JsonBody<Request> BODY = new JsonBody<>(Request.class,
            "expected a JSON object {\"query\": \"MATCH ...\", \"params\": {...}, \"limit\": 100}", null,
            "the body is empty");

    private final AdHocQueries queries;

    CypherController(AdHocQueries queries) {
        this.queries = queries;
    }

    void run(Context ctx) {
        Request request = BODY.read(ctx);
        int limit = request.limit() == null ? queries.defaultLimit() : request.limit();
        QueryResult result = queries.run(request.query(), request.params() == null ? Map.of() : request.params(),
                request.limit(), request.timeout());
        Map<String, Object> body = Formats.rows("cypher", result);
        body.put("limit", limit);
        if (result.truncated()) {
            body.put("notice", "the answer was cut at " + limit + " rows; raise 'limit' (at most "
                    + queries.maxLimit() + ") or narrow the query");
        }
        ctx.json(body);
    }
}
