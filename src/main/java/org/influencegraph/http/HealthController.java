package org.influencegraph.http;

import io.javalin.http.Context;
import org.influencegraph.extract.Nlp;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.Health;

/** {@code GET /api/health}: is the database there, what is it, how much does it hold, is the NLP pipeline loaded. */
final class HealthController {

    private final Graph graph;

    HealthController(Graph graph) {
        this.graph = graph;
    }

    void health(Context ctx) {
        ctx.json(Health.of(graph, Nlp.state().text()));
    }
}
