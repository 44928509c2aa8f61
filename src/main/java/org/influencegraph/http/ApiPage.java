package org.influencegraph.http;

import java.util.List;
import org.influencegraph.Resources;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;

/**
 * The human-readable API page at {@code /api/docs}, made from the route table and the catalog: its examples name
 * the address the server is reached on, and a form under each read lets a reader try it.
 */
final class ApiPage {

    private static final String AD_HOC_EXAMPLE = Resources.cypher("cypher/examples/mediators-and-dates.cypher");

    /** Where the page's examples name the server, replaced by its real address on each request. */
    static final String BASE = "\u0000base\u0000";
    /** The page's policy: its inline style, forms sent to this server only, no script, no frames. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private ApiPage() {}

    /** The page with its examples at {@code base} ({@code http://127.0.0.1:8080}). */
    static String at(String page, String base) {
        return page.replace(BASE, esc(base));
    }

    static String html(List<Route> routes, QueryCatalog catalog) {
        StringBuilder out = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Influence Graph API</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
                code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.6rem;overflow:auto}
                table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
                form.try{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:end;background:#f7f9fc;padding:.5rem;
                border:1px solid #dde}form.try label{display:flex;flex-direction:column;font-size:.85rem}
                form.try button{font:inherit;padding:.2rem .8rem}</style>
                </head><body><h1>Influence Graph API</h1>
                <p>This server: <code id="base">\u0000base\u0000</code>.
                Every answer is JSON; every error is <code>{"error", "detail"}</code>. The machine-readable
                description is <a href="/api/openapi.json">/api/openapi.json</a>; the front end for readers is
                <a href="/">/</a>.</p><h2>Endpoints</h2><table>
                <tr><th>method</th><th>path</th><th>what</th></tr>
                """);
        for (Route r : routes) {
            out.append("<tr><td>")
                    .append(r.method())
                    .append("</td><td><code>")
                    .append(esc(r.path()))
                    .append("</code></td><td>")
                    .append(esc(r.summary()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Try a read</h2>\n");
        for (Route r : routes) {
            if (r.method().equals("GET") && !r.path().contains("{")) {
                out.append("<h3><code>GET ").append(esc(r.path())).append("</code></h3>\n");
                form(
                        out,
                        r.path(),
                        r.params().stream()
                                .map(p -> new Field(
                                        p.name(),
                                        p.required(),
                                        p.defaultValue() == null ? "" : String.valueOf(p.defaultValue())))
                                .toList());
            }
        }
        out.append("<table>");
        out.append("</table>\n<h2>Canned queries</h2>\n<p>Add <code>format=graph</code> for nodes and edges, "
                + "<code>format=csv</code> for CSV. Actors are given by id, name or alias.</p>\n");
        for (CannedQuery q : catalog.all()) {
            out.append("<h3 id=\"")
                    .append(esc(q.name()))
                    .append("\">")
                    .append(esc(q.title()))
                    .append(" <code>")
                    .append(esc(q.name()))
                    .append("</code></h3>\n<p>")
                    .append(esc(q.description()))
                    .append("</p>\n");
            out.append("<table><tr><th>parameter</th><th>type</th><th>default</th><th>what</th></tr>\n");
            for (Parameter p : q.parameters()) {
                out.append("<tr><td><code>")
                        .append(esc(p.name()))
                        .append("</code></td><td>")
                        .append(p.type().code())
                        .append("</td><td>")
                        .append(p.required() ? "required" : p.defaultValue() == null ? "—" : esc(p.defaultValue()))
                        .append("</td><td>")
                        .append(esc(p.description()))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n<pre>curl '")
                    .append(BASE)
                    .append("/api/queries/")
                    .append(esc(q.name()))
                    .append(example(q))
                    .append("'</pre>\n");
            List<Field> fields = new java.util.ArrayList<>(q.parameters().stream()
                    .map(p -> new Field(
                            p.name(),
                            p.required(),
                            p.required() ? exampleValue(q, p) : p.defaultValue() == null ? "" : p.defaultValue()))
                    .toList());
            fields.add(new Field("format", false, "json"));
            form(out, "/api/queries/" + q.name(), fields);
            // Relative links: they reach this very server, whatever host and port it is reached on.
            out.append("<p>Try it: <a href=\"/api/queries/")
                    .append(esc(q.name()))
                    .append(example(q))
                    .append("\">rows</a> · <a href=\"/api/queries/")
                    .append(esc(q.name()))
                    .append(example(q))
                    .append(example(q).isEmpty() ? "?" : "&amp;")
                    .append("format=graph\">graph</a> · <a href=\"/embed/")
                    .append(esc(q.name()))
                    .append(example(q))
                    .append("\">drawing</a></p>\n");
        }
        out.append("<h2>Ad-hoc Cypher</h2>\n<pre>curl -X POST ")
                .append(BASE)
                .append("/api/cypher -H 'Content-Type: " + "application/json' \\\n  -d '{\"query\": \"")
                .append(esc(AD_HOC_EXAMPLE))
                .append("\"}'" + "</pre>\n</body></html>\n");
        return out.toString();
    }

    /** A form field: a parameter's name, whether it is required, and the value it starts with. */
    private record Field(String name, boolean required, String value) {}

    /** A form that sends a read to this server and shows its answer: the reader tries the call. */
    private static void form(StringBuilder out, String path, List<Field> fields) {
        out.append("<form class=\"try\" method=\"get\" action=\"")
                .append(esc(path))
                .append("\" target=\"_blank\">");
        for (Field f : fields) {
            out.append("<label>")
                    .append(esc(f.name()))
                    .append(f.required() ? " (required)" : "")
                    .append("<input name=\"")
                    .append(esc(f.name()))
                    .append("\" value=\"")
                    .append(esc(f.value()))
                    .append('"')
                    .append(f.required() ? " required" : "")
                    .append("></label>");
        }
        out.append("<button type=\"submit\">Try it</button></form>\n");
    }

    private static String exampleValue(CannedQuery q, Parameter p) {
        if (p.type() != Parameter.Type.ACTOR) {
            return "1";
        }
        return q.parameters().stream()
                .filter(x -> x.required() && x.type() == Parameter.Type.ACTOR)
                .findFirst()
                .map(first -> first == p ? "Lukashenko" : "Putin")
                .orElse("Lukashenko");
    }

    private static String example(CannedQuery q) {
        StringBuilder params = new StringBuilder();
        for (Parameter p : q.parameters()) {
            if (p.required()) {
                String value = p.type() == Parameter.Type.ACTOR ? (params.isEmpty() ? "Lukashenko" : "Putin") : "1";
                params.append(params.isEmpty() ? "?" : "&amp;")
                        .append(p.name())
                        .append('=')
                        .append(value);
            }
        }
        return params.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
