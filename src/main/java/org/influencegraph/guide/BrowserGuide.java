package org.influencegraph.guide;

import org.influencegraph.Resources;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;

/**
 * The Neo4j Browser guide ({@code :play http://localhost:8080/guide/influence-graph.html}): the model, then
 * one slide a canned query with its parameters filled in. The API makes it from the catalog when it starts,
 * so the guide cannot drift from the queries.
 */
public final class BrowserGuide {

    private BrowserGuide() {}

    private static final String WHO_MEDIATED = Resources.cypher("cypher/examples/who-mediated.cypher");

    public static String html(QueryCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        slide(out, "Influence Graph", "People, organizations, places and events from the news", """
                <p>Every person, organization and place is an <code>:Entity</code> with a second label
                (<code>:Person</code>, <code>:Organization</code>, <code>:Place</code>), a stable <code>id</code>,
                a <code>name</code> and <code>aliases</code>. Events are nodes too: each participant is joined to
                its event by an edge named after its role (<code>MEDIATOR</code>, <code>PARTY</code>,
                <code>PARTICIPANT</code>, <code>HOST</code>, <code>INITIATOR</code>, <code>TARGET</code>,
                <code>SUBJECT</code>, <code>LOCATION</code>). Lasting ties (<code>MEMBER_OF</code>, <code>LEADS</code>,
                <code>ADVISES</code>, <code>FAMILY</code>, ...) join entities directly. Every fact carries its
                <code>source</code>, a short <code>quote</code>, its <code>producer</code> and a
                <code>confidence</code>; events are <code>REPORTED_IN</code> their sources.</p>
                <p>Who mediated between whom:</p>
                <pre class="pre-scrollable code runnable">%s</pre>
                <p>Colours and captions as in the front end (events captioned by type and date): run
                <code>:style</code> with this server's address and <code>/guide/influence-graph.grass</code>, such as
                <code>:style http://localhost:8080/guide/influence-graph.grass</code>.</p>
                <p>The next slides are the canned queries the HTTP API answers, each with its parameters filled
                in: click a block to put it in the editor, then run it.</p>
                """.formatted(
                        esc(WHO_MEDIATED)));
        for (CannedQuery q : catalog.all()) {
            StringBuilder body = new StringBuilder();
            body.append("<p>").append(esc(q.description())).append("</p>\n<ul>\n");
            for (Parameter p : q.parameters()) {
                body.append("<li><code>")
                        .append(esc(p.name()))
                        .append("</code> (")
                        .append(p.type().code())
                        .append(
                                p.required()
                                        ? ", required"
                                        : p.defaultValue() != null
                                                ? ", default " + esc(p.defaultValue())
                                                : ", optional")
                        .append("): ")
                        .append(esc(p.description()))
                        .append("</li>\n");
            }
            body.append("</ul>\n<pre class=\"pre-scrollable code runnable\">")
                    .append(esc(q.browserParams()))
                    .append('\n')
                    .append(esc(q.cypher()))
                    .append(";</pre>\n")
                    .append("<p>Over HTTP: <code>GET /api/queries/")
                    .append(esc(q.name()))
                    .append("</code></p>\n");
            slide(out, q.title(), q.name(), body.toString());
        }
        out.append("</carousel>\n</article>\n");
        return out.toString();
    }

    private static void slide(StringBuilder out, String title, String lead, String body) {
        out.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-3\">\n<h3>")
                .append(esc(title))
                .append("</h3>\n<p class=\"lead\">")
                .append(esc(lead))
                .append("</p>\n</div>\n<div class=\"col-sm-9\">\n")
                .append(body)
                .append("</div>\n</slide>\n");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
