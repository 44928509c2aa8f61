package org.influencegraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.influencegraph.Resources;
import org.influencegraph.embed.EmbedPage;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.QueryService;

/** {@code /embed/{name}}: the embeddable view, its scripts, and {@code /api/embed/{name}}: its snippet. */
final class EmbedController {

    /** The address of an embeddable view and the {@code <iframe>} that shows it. */
    record Snippet(String url, String iframe) {}

    private final QueryService queries;
    private final String policy;
    private final String publicUrl;

    /** {@code publicUrl}: where readers reach this server, for the snippets; null for its own address. */
    EmbedController(QueryService queries, List<String> frameAncestors, URI publicUrl) {
        this.queries = queries;
        this.policy = EmbedPage.policy(frameAncestors);
        this.publicUrl = publicUrl == null ? null : publicUrl.toString().replaceAll("/+$", "");
    }

    void page(Context ctx) {
        CannedQuery query = query(ctx);
        String params = ctx.queryString() == null ? "" : ctx.queryString();
        ctx.header("Content-Security-Policy", policy).html(EmbedPage.html(query, params, pageUrl(ctx, query)));
    }

    void snippet(Context ctx) {
        CannedQuery query = query(ctx);
        String page = pageUrl(ctx, query);
        ctx.json(new Snippet(page, EmbedPage.iframe(page, query.title())));
    }

    /**
     * The view's address: under the public URL, or else the address and port the request came in on; never from
     * the request's Host, which a rebinding page or a proxy chooses.
     */
    private String pageUrl(Context ctx, CannedQuery query) {
        return base(ctx) + "/embed/" + query.name() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    }

    /** Where readers reach this server: the public URL, or else the address and port the request came in on. */
    String base(Context ctx) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String address = ctx.req().getLocalAddr();
        return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + ctx.req().getLocalPort();
    }

    void cytoscape(Context ctx) throws IOException {
        script(ctx, EmbedPage.CYTOSCAPE);
    }

    void script(Context ctx) throws IOException {
        script(ctx, EmbedPage.SCRIPT);
    }

    private static void script(Context ctx, String resource) throws IOException {
        try (InputStream in = Resources.open(resource)) {
            ctx.contentType("text/javascript; charset=utf-8")
                    .header("Cache-Control", "max-age=3600")
                    .result(in.readAllBytes());
        }
    }

    private CannedQuery query(Context ctx) {
        return queries.query(ctx.pathParam("name"));
    }
}
