package org.influencegraph.embed;

import java.util.List;
import org.influencegraph.query.CannedQuery;

/**
 * The embeddable view of a canned query's answer: a self-contained page that draws the graph with
 * Cytoscape.js (served from the jar), states the query behind it and offers its own {@code <iframe>} snippet.
 */
public final class EmbedPage {

    /** The Cytoscape.js build inside the WebJar on the classpath. */
    public static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    public static final String SCRIPT = "embed/embed.js";

    private EmbedPage() {
    }

    /** The page for {@code query} with the raw query string of the request ({@code name=...&depth=2}). */
    public static String html(CannedQuery query, String params, String pageUrl) {
        String snippet = iframe(pageUrl, query.title());
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s — Influence Graph</title>
                <style>
                html,body{margin:0;height:100%%;font:14px/1.4 system-ui,sans-serif;color:#222}
                #ig{display:flex;flex-direction:column;height:100%%}
                header{padding:.4rem .8rem;border-bottom:1px solid #ddd}
                header h1{font-size:1rem;margin:0} header p{margin:.1rem 0;color:#555;font-size:.85rem}
                main{flex:1;display:flex;min-height:0}
                #ig-graph{flex:1;min-width:0}
                #ig-details{width:18rem;overflow:auto;border-left:1px solid #ddd;padding:.5rem .8rem;font-size:.85rem}
                #ig-details h2{font-size:1rem} dt{font-weight:600} dd{margin:0 0 .3rem 0;word-break:break-word}
                q{display:block;color:#555;font-style:italic;margin:.2rem 0 .5rem}
                footer{padding:.3rem .8rem;border-top:1px solid #ddd;font-size:.8rem;display:flex;gap:1rem;align-items:center}
                textarea{width:100%%;font:12px monospace}
                </style></head>
                <body>
                <div id="ig" data-query="%2$s" data-params="%3$s">
                <header><h1>%1$s</h1><p>Query <code>%2$s</code>%4$s — %5$s</p></header>
                <main><div id="ig-graph" role="img" aria-label="graph of the answer"></div>
                <aside id="ig-details"><p>Click a node or an edge to see its details and sources.</p></aside></main>
                <footer><span id="ig-status">Loading…</span><span id="ig-time"></span>
                <details><summary>Embed</summary><textarea readonly rows="3" id="ig-snippet">%6$s</textarea></details></footer>
                </div>
                <script src="/embed/assets/cytoscape.min.js"></script>
                <script src="/embed/assets/embed.js"></script>
                </body></html>
                """.formatted(esc(query.title()), esc(query.name()), esc(params),
                params.isEmpty() ? "" : " with <code>" + esc(params) + "</code>", esc(query.description()), esc(snippet));
    }

    /** The copy-paste snippet that embeds {@code pageUrl}. */
    public static String iframe(String pageUrl, String title) {
        return "<iframe src=\"" + pageUrl.replace("\"", "%22") + "\" width=\"100%\" height=\"600\" style=\"border:0\" "
                + "title=\"" + title.replace("\"", "&quot;") + " (Influence Graph)\" loading=\"lazy\"></iframe>";
    }

    /** The page's Content-Security-Policy: its own scripts and API only, framed by the given origins. */
    public static String policy(List<String> frameAncestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors "
                + (frameAncestors.isEmpty() ? "'none'" : String.join(" ", frameAncestors));
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
