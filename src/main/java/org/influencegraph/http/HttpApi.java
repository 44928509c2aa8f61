package org.influencegraph.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.influencegraph.App;
import org.influencegraph.export.GraphExporter;
import org.influencegraph.graph.Graph;
import org.influencegraph.guide.BrowserGuide;
import org.influencegraph.query.AdHocQueries;
import org.influencegraph.query.QueryException;
import org.influencegraph.query.QueryService;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;
import org.influencegraph.resolve.ReviewException;
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
        return create(app, List.of());
    }

    /**
     * As {@link #create(App)}, letting pages from {@code corsOrigins} call the API from a browser
     * (none by default: the API is for this host's pages and for servers).
     */
    public static Javalin create(App app, List<String> corsOrigins) {
        return create(app, corsOrigins, List.of("*"));
    }

    /**
     * As {@link #create(App, List)}, with the origins whose pages may show the embeddable view in a frame
     * ({@code *} for any).
     */
    public static Javalin create(App app, List<String> corsOrigins, List<String> embedOrigins) {
        List<Route> routes = routes(app);
        var embed = new EmbedController(app.queries(), embedOrigins);
        Map<String, Object> openApi = OpenApi.document(routes, app.queries().catalog(), version());
        String page = ApiPage.html(routes, app.queries().catalog());
        String guide = BrowserGuide.html(app.queries().catalog());
        return Javalin.create(config -> {
            if (!corsOrigins.isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(corsOrigins.get(0),
                        corsOrigins.subList(1, corsOrigins.size()).toArray(String[]::new))));
            }
            config.http.maxRequestSize = 1_000_000L;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            for (Route route : routes) {
                if (route.method().equals("POST")) {
                    config.routes.post(route.path(), route.handler());
                } else {
                    config.routes.get(route.path(), route.handler());
                }
            }
            config.routes.get("/api/openapi.json", ctx -> ctx.json(openApi));
            config.routes.get("/api/docs", ctx -> ctx.html(page));
            config.routes.get("/api", ctx -> ctx.redirect("/api/docs"));
            config.routes.get("/embed/assets/cytoscape.min.js", embed::cytoscape);
            config.routes.get("/embed/assets/embed.js", embed::script);
            config.routes.get("/embed/{name}", embed::page);
            config.routes.get("/api/embed/{name}", embed::snippet);
            // The Neo4j Browser on its own port fetches the guide: it is public and the same for everyone.
            config.routes.get("/guide/influence-graph.html", ctx -> ctx.header("Access-Control-Allow-Origin", "*")
                    .html(guide));
            config.routes.options("/guide/influence-graph.html", ctx -> ctx.header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", "GET")
                    .header("Access-Control-Allow-Headers", String.valueOf(ctx.header("Access-Control-Request-Headers")))
                    .status(204));

            config.routes.exception(QueryException.class, (e, ctx) -> {
                HttpStatus status = switch (e.kind()) {
                    case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                    case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
                ctx.status(status).json(new ApiError(status.getMessage().toLowerCase(Locale.ROOT),
                        e.getMessage(), e.candidates().isEmpty() ? null : e.candidates()));
            });
            config.routes.exception(ReviewException.class, (e, ctx) -> {
                HttpStatus status = switch (e.kind()) {
                    case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                };
                ctx.status(status).json(new ApiError(status.getMessage().toLowerCase(Locale.ROOT), e.getMessage()));
            });
            config.routes.exception(Graph.QueryFailed.class, (e, ctx) -> {
                if (e.timedOut()) {
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("timeout", "the query ran longer "
                            + "than " + QueryService.TIMEOUT.toSeconds() + " s and was stopped; narrow it"));
                } else {
                    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
                            .json(new ApiError("unprocessable content", "Neo4j refused the query: " + e.getMessage()));
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

    /** The route table: every endpoint with what the OpenAPI document and the API page say of it. */
    private static List<Route> routes(App app) {
        var health = new HealthController(app.graph());
        var queries = new QueryController(app.queries());
        var cypher = new CypherController(new AdHocQueries(app.graph()));
        var export = new ExportController(app.queries(), new GraphExporter(app.graph()));
        var entities = new EntityController(new EntitySearch(app.graph()), new EntityDetails(app.graph()),
                new DuplicateFinder(app.graph()), new Merges(app.graph()));
        var typeParam = new Route.Param("type", "query", "string", false, null, "person, organization or place");
        var entityId = new Route.Param("id", "path", "string", true, null, "an entity id");
        return List.of(
                new Route("GET", "/api/health", "Status, Neo4j version and edition, mode (embedded or remote), node "
                        + "and relationship counts", List.of(), null, List.of(503), health::health),
                new Route("GET", "/api/queries", "The catalog of canned queries with their parameters", List.of(), null,
                        List.of(), queries::catalog),
                new Route("GET", "/api/queries/{name}", "Runs a canned query", List.of(), null,
                        List.of(400, 404, 503), queries::run),
                new Route("POST", "/api/cypher", "Ad-hoc read-only Cypher: writes, LOAD CSV and procedures outside an "
                        + "allow-list are refused; timeout " + AdHocQueries.TIMEOUT.toSeconds() + " s, at most "
                        + AdHocQueries.MAX_LIMIT + " rows (default " + AdHocQueries.DEFAULT_LIMIT + ")", List.of(),
                        "{\"query\": \"MATCH ... RETURN ...\", \"params\": {...}, \"limit\": 1000, \"timeout\": 10}",
                        List.of(400, 413, 422, 503), cypher::run),
                new Route("GET", "/api/graph", "The whole graph, streamed, or with query=NAME and its parameters the "
                        + "graph of that answer, as Cytoscape.js JSON, GraphML or GEXF; nodes and edges keep their "
                        + "types, dates and sources", List.of(
                        new Route.Param("format", "query", "string", false, "cytoscape", "cytoscape, graphml, gexf or ftm"),
                        new Route.Param("query", "query", "string", false, null,
                                "a canned query whose answer to export; its parameters follow")),
                        null, List.of(400, 404, 503), export::export),
                new Route("GET", "/api/entities", "Entities whose names or aliases match a name in any spelling, "
                        + "script or word order, or a name being typed, ranked with a score from 0 to 1; an id "
                        + "comes first", List.of(
                        new Route.Param("q", "query", "string", true, null, "a name, a spelling or an id"), typeParam,
                        new Route.Param("limit", "query", "integer", false, 10, "at most " + EntitySearch.MAX_LIMIT)),
                        null, List.of(400, 503), entities::search),
                new Route("GET", "/api/entities/{id}", "One entity with its names, ties, events and the sources that "
                        + "mention it (at most " + EntityDetails.LIMIT + " of each; the counts say how many)",
                        List.of(entityId), null, List.of(404, 503), entities::entity),
                new Route("POST", "/api/entities/{id}/merge", "Folds entity 'other' into this one: every name, id, "
                        + "tie, event part and mention moves to it; undo with POST /api/merges/{merge}/undo",
                        List.of(entityId), "{\"other\": \"ENTITY_ID\", \"note\": \"why\"}", List.of(400, 404, 503),
                        entities::merge),
                new Route("GET", "/api/duplicates", "Pairs of entities that may be one, with their score and the "
                        + "evidence; merge a pair, or mark it as two with POST /api/duplicates/reject", List.of(
                        typeParam,
                        new Route.Param("minScore", "query", "number", false, DuplicateFinder.DEFAULT_MIN_SCORE,
                                "the lowest score listed, 0 to 1"),
                        new Route.Param("limit", "query", "integer", false, 50, "at most " + DuplicateFinder.MAX_LIMIT)),
                        null, List.of(400, 503), entities::duplicates),
                new Route("POST", "/api/duplicates/reject", "Marks two entities as two: never proposed again",
                        List.of(), "{\"a\": \"ENTITY_ID\", \"b\": \"ENTITY_ID\", \"note\": \"why\"}",
                        List.of(400, 404, 503), entities::reject),
                new Route("GET", "/api/merges", "The merges in effect, the latest first", List.of(
                        new Route.Param("limit", "query", "integer", false, 100, "at most " + Merges.MAX_LIMIT)),
                        null, List.of(400, 503), entities::merges),
                new Route("POST", "/api/merges/{id}/undo", "Undoes a merge exactly: the absorbed entity comes back "
                        + "with its names and relationships; refused (409) while a later merge builds on it",
                        List.of(new Route.Param("id", "path", "string", true, null, "a merge id")), null,
                        List.of(404, 409, 503), entities::undo));
    }

    private static String version() {
        String version = HttpApi.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static void unavailable(io.javalin.http.Context ctx, Exception e) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .json(new ApiError("database unavailable", "Neo4j cannot be reached: " + e.getMessage()));
    }
}
