package org.influencegraph.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.influencegraph.App;
import org.influencegraph.query.QueryException;
import org.influencegraph.query.QueryService;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route and every exception mapping of the HTTP API, in one place. */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    /** The API, configured but not started, so tests run the exact production wiring. */
    public static Javalin create(App app) {
        var health = new HealthController(app.graph());
        var queries = new QueryController(app.queries());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/api/health", health::health);
            config.routes.get("/api/queries", queries::catalog);
            config.routes.get("/api/queries/{name}", queries::run);

            config.routes.exception(QueryException.class, (e, ctx) -> {
                boolean notFound = e.kind() == QueryException.Kind.NOT_FOUND;
                ctx.status(notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST).json(new ApiError(
                        notFound ? "not found" : "bad request", e.getMessage(),
                        e.candidates().isEmpty() ? null : e.candidates()));
            });
            config.routes.exception(ClientException.class, (e, ctx) -> {
                if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("timeout",
                            "the query ran longer than " + QueryService.TIMEOUT.toSeconds() + " s and was stopped"));
                } else {
                    LOG.error("query failed on {} {}", ctx.method(), ctx.path(), e);
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                            .json(new ApiError("internal error", "the query failed; the server log has the details"));
                }
            });

            config.routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
            config.routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                        .json(new ApiError("internal error", "the server failed; its log has the details"));
            });
            config.routes.error(404, "*", ctx -> {
                if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                    ctx.json(new ApiError("not found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
        });
    }

    private static void unavailable(io.javalin.http.Context ctx, Exception e) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .json(new ApiError("database unavailable", "Neo4j cannot be reached: " + e.getMessage()));
    }
}
