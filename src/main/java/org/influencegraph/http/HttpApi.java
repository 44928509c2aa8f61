package org.influencegraph.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.access.Access;
import org.influencegraph.access.Tokens;
import org.influencegraph.config.Limits;
import org.influencegraph.export.GraphExporter;
import org.influencegraph.guide.BrowserGuide;
import org.influencegraph.importer.ArticleImporter;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.importer.Imports;
import org.influencegraph.query.AdHocQueries;
import org.influencegraph.query.QueryService;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.DuplicateReview;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;
import org.influencegraph.review.Candidates;

/** Every route of the HTTP API, in one place; every exception mapping is in {@link ApiErrors}. */
public final class HttpApi {

    private HttpApi() {}

    /**
     * How the API is exposed: the origins whose pages may call it and show it in a frame, who may read and write,
     * its limits, and the names it answers to.
     */
    public record Settings(
            List<String> corsOrigins, List<String> embedOrigins, Access access, Limits limits, HostFilter.Names hosts) {

        /**
         * For tests and benchmarks on loopback: no CORS, embeddable anywhere, reads open, writes with a random
         * token that nobody knows, default limits.
         */
        public static Settings defaults() {
            return new Settings(
                    List.of(),
                    List.of("*"),
                    new Access(Tokens.of(Tokens.newToken(Tokens.Kind.WRITE), Tokens.newToken(Tokens.Kind.READ)), false),
                    Limits.DEFAULTS,
                    HostFilter.Names.LOOPBACK);
        }

        public Settings withAccess(Access access) {
            return new Settings(corsOrigins, embedOrigins, access, limits, hosts);
        }

        public Settings withLimits(Limits limits) {
            return new Settings(corsOrigins, embedOrigins, access, limits, hosts);
        }

        public Settings withOrigins(List<String> cors, List<String> embed) {
            return new Settings(cors, embed, access, limits, hosts);
        }

        public Settings withHosts(HostFilter.Names hosts) {
            return new Settings(corsOrigins, embedOrigins, access, limits, hosts);
        }
    }

    /** The API with {@link Settings#defaults()}, configured but not started. */
    public static Javalin create(App app) {
        return create(app, Settings.defaults());
    }

    /** The API, configured but not started, so tests run the exact production wiring. */
    public static Javalin create(App app, Settings settings) {
        Limits limits = settings.limits();
        QueryService queries = app.queries().withLimits(limits.queryTimeout(), limits.maxRows());
        List<Route> routes = routes(app, queries, limits);
        var embed = new EmbedController(
                queries, settings.embedOrigins(), settings.hosts().publicUrl());
        var hosts = new HostFilter(settings.hosts());
        var guard = new Guard(settings.access(), limits);
        Map<String, Object> openApi = OpenApi.document(routes, queries.catalog(), version());
        String page = ApiPage.html(routes, queries.catalog());
        String guide = BrowserGuide.html(queries.catalog());
        List<String> corsOrigins = settings.corsOrigins();
        return Javalin.create(config -> {
            if (!corsOrigins.isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(
                        corsOrigins.get(0),
                        corsOrigins.subList(1, corsOrigins.size()).toArray(String[]::new))));
            }
            // The guard checks each request's declared size against its route's limit; this is the backstop.
            config.http.maxRequestSize = Math.max(limits.maxBody(), limits.maxUpload());
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxUpload(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxUpload(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // On every answer, Jetty's own errors included: no browser may read a JSON or text answer as a page.
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer((request, headers) -> {
                headers.put("X-Content-Type-Options", "nosniff");
                return request;
            }));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors.ForServer()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors.ForContext()));
            // A whole number in a query string may come with spaces around it, as the API has always taken it.
            config.validation.register(Integer.class, text -> Integer.parseInt(text.strip()));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.before(hosts::check);
            for (Route route : routes) {
                if (route.method().equals("POST")) {
                    config.routes.post(route.path(), guard.wrap(route));
                } else {
                    config.routes.get(route.path(), guard.wrap(route));
                }
            }
            config.routes.get("/api/openapi.json", ctx -> ctx.json(openApi));
            config.routes.before(ctx -> {
                ctx.header(ApiErrors.REQUEST_ID, ApiErrors.requestId(ctx));
                // Javalin fails on a bad escape deep inside with an IndexOutOfBoundsException: refuse it first.
                if (ctx.queryString() != null
                        && BAD_ESCAPE.matcher(ctx.queryString()).find()) {
                    throw new UserError(MALFORMED);
                }
            });
            config.routes.get("/api/docs", ctx -> ctx.header("Content-Security-Policy", ApiPage.POLICY)
                    .html(ApiPage.at(page, embed.base(ctx))));
            config.routes.get("/api", ctx -> ctx.redirect("/api/docs"));
            var web = new WebController();
            config.routes.get("/", web::index);
            config.routes.get("/app/{file}", web::file);
            config.routes.get("/lib/{file}", web::library);
            config.routes.get("/guide/influence-graph.grass", web::style);
            config.routes.get("/embed/assets/cytoscape.min.js", embed::cytoscape);
            config.routes.get("/embed/assets/embed.js", embed::script);
            config.routes.get(
                    "/embed/{name}", guard.wrap(Route.get("/embed/{name}", "", List.of(), List.of(), embed::page)));
            config.routes.get(
                    "/api/embed/{name}",
                    guard.wrap(Route.get("/api/embed/{name}", "", List.of(), List.of(), embed::snippet)));
            // The Neo4j Browser on its own port fetches the guide: it is public and the same for everyone.
            config.routes.get("/guide/influence-graph.html", ctx -> ctx.header("Access-Control-Allow-Origin", "*")
                    .header("Content-Security-Policy", PAGE_POLICY)
                    .html(guide));
            config.routes.options("/guide/influence-graph.html", ctx -> ctx.header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", "GET")
                    .header(
                            "Access-Control-Allow-Headers",
                            String.valueOf(ctx.header("Access-Control-Request-Headers")))
                    .status(204));

            ApiErrors.register(config, limits);
        });
    }

    /** The route table: every endpoint with what the OpenAPI document and the API page say of it. */
    private static List<Route> routes(App app, QueryService service, Limits limits) {
        var health = new HealthController(app.graph());
        var queries = new QueryController(service);
        var adHoc = new AdHocQueries(app.graph(), limits.queryTimeout(), limits.maxRows());
        var cypher = new CypherController(adHoc);
        var export = new ExportController(service, new GraphExporter(app.graph()));
        var running = new Semaphore(1);
        var imports = new ImportController(new Imports(app.graph()), running);
        var articles = new ArticleController(new ArticleImporter(app.graph()), running, limits.articleTime());
        var candidates = new CandidateController(new Candidates(app.graph()));
        var candidateId = new Route.Param(
                "id",
                "path",
                "string",
                true,
                null,
                "a candidate id (candidate-...), as GET /api/queries/candidates lists them");
        var entities = new EntityController(
                new EntitySearch(app.graph()),
                new EntityDetails(app.graph()),
                app.duplicates(),
                new Merges(app.graph()));
        var typeParam = new Route.Param("type", "query", "string", false, null, "person, organization or place");
        var entityId = new Route.Param("id", "path", "string", true, null, "an entity id");
        return List.of(
                Route.get(
                        "/api/health",
                        "Status, Neo4j version and edition, mode (embedded or remote), node "
                                + "and relationship counts",
                        List.of(),
                        List.of(503),
                        health::health),
                Route.get(
                        "/api/queries",
                        "The catalog of canned queries with their parameters",
                        List.of(),
                        List.of(),
                        queries::catalog),
                Route.get(
                        "/api/queries/{name}", "Runs a canned query", List.of(), List.of(400, 404, 503), queries::run),
                new Route(
                        "POST",
                        "/api/cypher",
                        false,
                        Route.Body.JSON,
                        "Ad-hoc read-only Cypher: writes, LOAD CSV, "
                                + "procedures outside an allow-list and variable-length patterns longer than "
                                + AdHocQueries.MAX_HOPS + " are refused; timeout "
                                + adHoc.timeout().toSeconds() + " s, at most "
                                + adHoc.maxLimit() + " rows (default " + adHoc.defaultLimit() + ")",
                        List.of(),
                        "{\"query\": \"MATCH ... RETURN ...\", \"params\": {...}, \"limit\": 1000, \"timeout\": 10}",
                        List.of(400, 411, 413, 422, 503),
                        cypher::run),
                Route.get(
                        "/api/graph",
                        "The whole graph, streamed, or with query=NAME and its parameters the "
                                + "graph of that answer, as Cytoscape.js JSON, GraphML or GEXF; nodes and edges keep their "
                                + "types, dates and sources",
                        List.of(
                                new Route.Param(
                                        "format",
                                        "query",
                                        "string",
                                        false,
                                        "cytoscape",
                                        "cytoscape, graphml, gexf or ftm"),
                                new Route.Param(
                                        "query",
                                        "query",
                                        "string",
                                        false,
                                        null,
                                        "a canned query whose answer to export; its parameters follow")),
                        List.of(400, 404, 503),
                        export::export),
                Route.get(
                        "/api/entities",
                        "Entities whose names or aliases match a name in any spelling, "
                                + "script or word order, or a name being typed, ranked with a score from 0 to 1; an id "
                                + "comes first",
                        List.of(
                                new Route.Param("q", "query", "string", true, null, "a name, a spelling or an id"),
                                typeParam,
                                new Route.Param(
                                        "limit", "query", "integer", false, 10, "at most " + EntitySearch.MAX_LIMIT)),
                        List.of(400, 503),
                        entities::search),
                Route.get(
                        "/api/entities/{id}",
                        "One entity with its names, ties, events and the sources that " + "mention it (at most "
                                + EntityDetails.LIMIT + " of each; the counts say how many)",
                        List.of(entityId),
                        List.of(404, 503),
                        entities::entity),
                Route.write(
                        "/api/entities/{id}/merge",
                        Route.Body.JSON,
                        "Folds entity 'other' into this one: every "
                                + "name, id, tie, event part and mention moves to it; undo with POST /api/merges/{merge}/undo",
                        List.of(entityId),
                        "{\"other\": \"ENTITY_ID\", \"note\": \"why\"}",
                        List.of(400, 404, 411, 413, 503),
                        entities::merge),
                Route.get(
                        "/api/duplicates",
                        "Pairs of entities that may be one, with their score and the "
                                + "evidence; merge a pair, or mark it as two with POST /api/duplicates/reject. The review is "
                                + "computed in the background and kept until the graph changes; a review that takes longer "
                                + "than 'wait' answers 202 with status 'computing' and a Retry-After header",
                        List.of(
                                typeParam,
                                new Route.Param(
                                        "minScore",
                                        "query",
                                        "number",
                                        false,
                                        DuplicateFinder.DEFAULT_MIN_SCORE,
                                        "the lowest score listed, 0 to 1; below " + DuplicateReview.FLOOR
                                                + " the review is computed for this request alone"),
                                new Route.Param(
                                        "limit", "query", "integer", false, 50, "at most " + DuplicateFinder.MAX_LIMIT),
                                new Route.Param(
                                        "wait",
                                        "query",
                                        "integer",
                                        false,
                                        DuplicateReview.DEFAULT_WAIT.toSeconds(),
                                        "seconds to wait for a review of the graph as it is, 0 to "
                                                + DuplicateReview.MAX_WAIT.toSeconds())),
                        List.of(400, 503),
                        entities::duplicates),
                Route.write(
                        "/api/duplicates/reject",
                        Route.Body.JSON,
                        "Marks two entities as two: never proposed again",
                        List.of(),
                        "{\"a\": \"ENTITY_ID\", \"b\": \"ENTITY_ID\", \"note\": \"why\"}",
                        List.of(400, 404, 411, 413, 503),
                        entities::reject),
                Route.get(
                        "/api/merges",
                        "The merges in effect, the latest first",
                        List.of(new Route.Param(
                                "limit", "query", "integer", false, 100, "at most " + Merges.MAX_LIMIT)),
                        List.of(400, 503),
                        entities::merges),
                Route.write(
                        "/api/merges/{id}/undo",
                        Route.Body.NONE,
                        "Undoes a merge exactly: the absorbed entity "
                                + "comes back with its names and relationships; refused (409) while a later merge builds on it",
                        List.of(new Route.Param("id", "path", "string", true, null, "a merge id")),
                        null,
                        List.of(404, 409, 503),
                        entities::undo),
                Route.write(
                        "/api/imports",
                        Route.Body.UPLOAD,
                        "Imports uploaded files as one data set, as the import "
                                + "command does: native tables (named entities.csv, ties.jsonl ...), FollowTheMoney JSON lines, "
                                + "CSV with a 'mapping' file, or news articles (.txt, .md, .html); all files together at most "
                                + limits.maxUpload()
                                + " bytes; one import at a time",
                        List.of(
                                new Route.Param(
                                        "format",
                                        "query",
                                        "string",
                                        false,
                                        "auto",
                                        "auto, native, ftm, mapped-csv or article"),
                                new Route.Param(
                                        "skipInvalid",
                                        "query",
                                        "boolean",
                                        false,
                                        false,
                                        "import the valid rows and report the invalid ones, instead of importing nothing")),
                        "multipart/form-data: one or more 'file' parts, and a 'mapping' part for mapped-csv",
                        List.of(400, 411, 413, 422, 429, 503),
                        imports::upload),
                Route.write(
                        "/api/articles",
                        Route.Body.ARTICLE,
                        "Imports one news article, as the import command "
                                + "does an article file: the body is its text (text/plain), Markdown (text/markdown) or HTML "
                                + "(text/html) with its metadata as parameters, or JSON with the text and metadata; at most "
                                + Math.min(limits.maxUpload(), ArticleReader.MAX_BYTES) + " bytes and "
                                + ArticleReader.MAX_CHARACTERS
                                + " characters of text, with a sentence's end at least every " + ArticleReader.MAX_RUN
                                + " characters (else 413 or 422, saying how to split it). Answers 201 with what it "
                                + "added (entities, events, ties, and the facts held for review as candidates), or 200 with "
                                + "changed: false when the same text was imported before; one import at a time",
                        List.of(
                                new Route.Param(
                                        "title",
                                        "query",
                                        "string",
                                        false,
                                        null,
                                        "the article's title (else its first line)"),
                                new Route.Param("publisher", "query", "string", false, null, "who published it"),
                                new Route.Param("author", "query", "string", false, null, "who wrote it"),
                                new Route.Param("date", "query", "string", false, null, "when, such as 2023-06-25"),
                                new Route.Param(
                                        "url",
                                        "query",
                                        "string",
                                        false,
                                        null,
                                        "its address, by which an updated version replaces the earlier one"),
                                new Route.Param(
                                        "format",
                                        "query",
                                        "string",
                                        false,
                                        null,
                                        "text, markdown or html, where the content type does not say")),
                        "the article: text/plain, text/markdown or text/html; or application/json {\"text\": \"...\", "
                                + "\"format\": \"html\", \"title\": ..., \"publisher\": ..., \"author\": ..., \"date\": ..., "
                                + "\"url\": ...}",
                        List.of(400, 411, 413, 422, 429, 503),
                        articles::post),
                Route.write(
                        "/api/candidates/{id}/accept",
                        Route.Body.JSON,
                        "Accepts a fact the extractor was not sure "
                                + "of: it is written as a fact with its article, quote and confidence (marked reviewed: "
                                + "accepted), and stays one when the article is imported again; accepting again changes "
                                + "nothing; 409 if it was rejected. A correction of an open candidate (its actors' ids, "
                                + "their roles, an event's title and type) is written instead of what the extractor read, "
                                + "and kept for the next reading",
                        List.of(candidateId),
                        "{\"note\": \"why\", "
                                + "\"actors\": [\"ENTITY_ID\", ...], \"roles\": [\"mediator\", \"party\", ...], "
                                + "\"title\": \"...\", \"type\": \"mediation\"} (all optional)",
                        List.of(400, 404, 409, 411, 413, 503),
                        candidates::accept),
                Route.write(
                        "/api/candidates/{id}/reject",
                        Route.Body.JSON,
                        "Rejects a fact the extractor was not sure "
                                + "of: nothing is written, and it is not proposed again when the article is imported again; "
                                + "409 if it was accepted",
                        List.of(candidateId),
                        "{\"note\": \"why\"} (optional)",
                        List.of(400, 404, 409, 411, 413, 503),
                        candidates::reject));
    }

    /** A {@code %} not followed by two hexadecimal digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private static final String MALFORMED = "the address is not valid percent-encoding (a '%' must be followed by "
            + "two hexadecimal digits, such as %20)";

    /** The policy of the API's own pages: their inline style, nothing loaded from elsewhere, no frames. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static String version() {
        String version = HttpApi.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
