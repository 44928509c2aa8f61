package org.influencegraph.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.influencegraph.Resources;

/**
 * The newsroom front end at {@code /} (plain ES modules, no build step), the graph libraries it and the embeds
 * load from WebJars, and the Neo4j Browser style. A closed set of files: nothing else of the class path is
 * served.
 */
final class WebController {

    private static final String WEBJARS = "META-INF/resources/webjars/";
    /** The graph libraries, in the order a page loads them. */
    static final Map<String, String> LIBRARIES = Map.of(
            "cytoscape.min.js", WEBJARS + "cytoscape/3.33.1/dist/cytoscape.min.js",
            "layout-base.js", WEBJARS + "layout-base/2.0.1/layout-base.js",
            "cose-base.js", WEBJARS + "cose-base/2.2.0/cose-base.js",
            "cytoscape-fcose.js", WEBJARS + "cytoscape-fcose/2.2.0/cytoscape-fcose.js");

    static final Map<String, String> FILES = Map.of(
            "app.js", "web/app.js",
            "graph.js", "web/graph.js",
            "embed.js", "web/embed.js",
            "app.css", "web/app.css");
    /** Scripts and styles from this server only, no inline script: the pages work under this policy. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";

    private final byte[] index = bytes("web/index.html");

    void index(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY)
                .contentType("text/html; charset=utf-8")
                .result(index);
    }

    void file(Context ctx) throws IOException {
        send(ctx, FILES.get(ctx.pathParam("file")));
    }

    void library(Context ctx) throws IOException {
        send(ctx, LIBRARIES.get(ctx.pathParam("file")));
    }

    void style(Context ctx) throws IOException {
        // The Neo4j Browser on its own port fetches the style, as it does the guide.
        ctx.header("Access-Control-Allow-Origin", "*");
        try (InputStream in = Resources.open("web/influence-graph.grass")) {
            ctx.contentType("text/plain; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void send(Context ctx, String resource) throws IOException {
        if (resource == null) {
            throw new NotFoundResponse("no such file: " + ctx.path());
        }
        String type = resource.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        try (InputStream in = Resources.open(resource)) {
            ctx.contentType(type).header("Cache-Control", "max-age=300").result(in.readAllBytes());
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Resources.open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
