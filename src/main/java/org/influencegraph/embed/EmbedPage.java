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

    public static final String SCRIPT = "web/embed.js";

    private EmbedPage() {}

    /** The page for {@code query} with the raw query string of the request ({@code name=...&depth=2}). */
    public static String html(CannedQuery query, String params, String pageUrl) {
        String snippet = iframe(pageUrl, query.title());
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s — Influence Graph</title>
                <link rel="icon" href="data:,">
                <style>
                html,body{margin:0;height:100%%;font:14px/1.4 system-ui,sans-serif;color:#1d1d1d}
                #ig{display:flex;flex-direction:column;height:100%%}
                header{padding:.4rem .8rem;border-bottom:1px solid #ddd}
                header h1{font-size:1.1rem;margin:0} header p{margin:.1rem 0;color:#555;font-size:.85rem}
                .bar{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;padding:.3rem .8rem;font-size:.85rem}
                .ig-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.7rem;margin:0;padding:0}
                .ig-swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%%;margin-right:.25rem;vertical-align:-1px}
                button{font:inherit;padding:.15rem .5rem;border:1px solid #888;background:#fff;border-radius:3px;cursor:pointer}
                main{flex:1;display:flex;min-height:0}
                #ig-graph{flex:1;min-width:0}
                #ig-graph:focus{outline:2px solid #1a5bc4;outline-offset:-2px}
                #ig-details{width:17rem;overflow:auto;border-left:1px solid #ddd;padding:.5rem .8rem;font-size:.85rem}
                #ig-details h2{font-size:1rem} dt{font-weight:600} dd{margin:0 0 .3rem 0;word-break:break-word}
                q{display:block;color:#555;font-style:italic;margin:.2rem 0 .5rem}
                #ig-table{overflow:auto;max-height:40%%;padding:0 .8rem}
                .ig-table{border-collapse:collapse;width:100%%;font-size:.8rem}
                .ig-table th,.ig-table td{border-bottom:1px solid #eee;text-align:left;padding:.2rem .3rem;vertical-align:top}
                .ig-table button{border:0;padding:0;color:#1a5bc4;background:none;text-decoration:underline}
                .error{color:#a10000;padding:.5rem .8rem} .error a{margin-right:.6rem}
                .ig-filter{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;flex-basis:100%%}
                .ig-filter fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .7rem;align-items:center}
                .ig-filter legend{float:left;font-weight:600;margin-right:.3rem} .ig-filter label{white-space:nowrap}
                .ig-filter input[type=number]{width:4.5rem;font:inherit}
                footer{padding:.3rem .8rem;border-top:1px solid #ddd;font-size:.8rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
                textarea{width:100%%;font:12px monospace}
                @media (max-width:700px){main{flex-direction:column}#ig-graph{flex:none;height:62vh;width:100%%}
                #ig-details{width:auto;border-left:0;border-top:1px solid #ddd;flex:1}}
                </style></head>
                <body>
                <div id="ig" data-query="%2$s" data-params="%3$s">
                <header><h1 id="ig-title">%1$s</h1><p>%4$s</p></header>
                <div class="bar" id="ig-bar"></div>
                <main><div id="ig-graph" role="application" aria-label="Drawing of the answer; the arrows move between the nodes"></div>
                <aside id="ig-details" aria-live="polite"><p>Select a name or a link to see who, when and the sources.</p></aside></main>
                <div id="ig-table" hidden></div>
                <footer><span id="ig-status">Loading…</span>
                <details><summary>Embed</summary><textarea readonly rows="3" id="ig-snippet">%5$s</textarea></details></footer>
                </div>
                <script src="/embed/assets/cytoscape.min.js"></script>
                <script src="/lib/layout-base.js"></script>
                <script src="/lib/cose-base.js"></script>
                <script src="/lib/cytoscape-fcose.js"></script>
                <script type="module" src="/embed/assets/embed.js"></script>
                </body></html>
                """.formatted(esc(title(query)), esc(query.name()), esc(params), esc(query.description()), esc(snippet));
    }

    /** A title in plain words for the reader of a newsroom page; the script adds the names asked about. */
    static String title(CannedQuery query) {
        return switch (query.name()) {
            case "mediators" -> "Who mediated between whom";
            case "shortest-path" -> "How two are connected";
            case "network" -> "Who is around whom";
            case "timeline" -> "What happened when";
            case "meetings" -> "Who met whom";
            case "influence" -> "Who pressed or backed whom";
            case "common-connections" -> "What two have in common";
            default -> query.title();
        };
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
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
