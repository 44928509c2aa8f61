package org.influencegraph.http;

import java.util.List;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;

/** The human-readable API page at {@code /api/docs}, made from the route table and the catalog. */
final class ApiPage {

    private ApiPage() {
    }

    static String html(List<Route> routes, QueryCatalog catalog) {
        StringBuilder out = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Influence Graph API</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
                code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.6rem;overflow:auto}
                table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}</style>
                </head><body><h1>Influence Graph API</h1>
                <p>Every answer is JSON; every error is <code>{"error", "detail"}</code>. The machine-readable
                description is <a href="/api/openapi.json">/api/openapi.json</a>; the front end for readers is
                <a href="/">/</a>.</p><h2>Endpoints</h2><table>
                <tr><th>method</th><th>path</th><th>what</th></tr>
                """);
        for (Route r : routes) {
            out.append("<tr><td>").append(r.method()).append("</td><td><code>").append(esc(r.path()))
                    .append("</code></td><td>").append(esc(r.summary())).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Canned queries</h2>\n<p>Add <code>format=graph</code> for nodes and edges, "
                + "<code>format=csv</code> for CSV. Actors are given by id, name or alias.</p>\n");
        for (CannedQuery q : catalog.all()) {
            out.append("<h3 id=\"").append(esc(q.name())).append("\">").append(esc(q.title())).append(" <code>")
                    .append(esc(q.name())).append("</code></h3>\n<p>").append(esc(q.description())).append("</p>\n");
            out.append("<table><tr><th>parameter</th><th>type</th><th>default</th><th>what</th></tr>\n");
            for (Parameter p : q.parameters()) {
                out.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(p.type().code())
                        .append("</td><td>").append(p.required() ? "required" : p.defaultValue() == null ? "—"
                                : esc(p.defaultValue()))
                        .append("</td><td>").append(esc(p.description())).append("</td></tr>\n");
            }
            out.append("</table>\n<pre>curl 'http://localhost:8080/api/queries/").append(esc(q.name()))
                    .append(example(q)).append("'</pre>\n");
            // Relative links: they reach this very server, whatever host and port it is reached on.
            out.append("<p>Try it: <a href=\"/api/queries/").append(esc(q.name())).append(example(q))
                    .append("\">rows</a> · <a href=\"/api/queries/").append(esc(q.name())).append(example(q))
                    .append(example(q).isEmpty() ? "?" : "&amp;").append("format=graph\">graph</a> · <a href=\"/embed/")
                    .append(esc(q.name())).append(example(q)).append("\">drawing</a></p>\n");
        }
        out.append("<h2>Ad-hoc Cypher</h2>\n<pre>curl -X POST localhost:8080/api/cypher -H 'Content-Type: "
                + "application/json' \\\n  -d '{\"query\": \"MATCH (m)-[:MEDIATOR]-&gt;(e:Event) RETURN m.name, e.date\"}'"
                + "</pre>\n</body></html>\n");
        return out.toString();
    }

    private static String example(CannedQuery q) {
        StringBuilder params = new StringBuilder();
        for (Parameter p : q.parameters()) {
            if (p.required()) {
                String value = p.type() == Parameter.Type.ACTOR ? (params.isEmpty() ? "Lukashenko" : "Putin") : "1";
                params.append(params.isEmpty() ? "?" : "&amp;").append(p.name()).append('=').append(value);
            }
        }
        return params.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
