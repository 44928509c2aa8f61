package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embeddable view over HTTP (the drawing itself is checked in Chromium by scripts/browser-check.sh). */
class EmbedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleApi api;

    @BeforeAll
    static void start() {
        api = SampleApi.start(List.of("https://newsroom.example.org"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String base() {
        return api.base();
    }

    @Test
    void the_page_states_its_query_and_may_be_framed_only_by_the_configured_origins() {
        var page = TestSupport.get(base() + "/embed/network?name=Tsikhanouskaya&depth=2");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';", "connect-src 'self';")
                .endsWith("frame-ancestors https://newsroom.example.org");
        assertThat(page.body())
                .contains(
                        "data-query=\"network\"",
                        "data-params=\"name=Tsikhanouskaya&amp;depth=2\"",
                        "<h1 id=\"ig-title\">Who is around whom</h1>",
                        "<script src=\"/embed/assets/cytoscape.min.js\"></script>",
                        "<script src=\"/lib/cytoscape-fcose.js\">",
                        "<script type=\"module\" src=\"/embed/assets/embed.js\"></script>",
                        "&lt;iframe src=")
                .doesNotContain("<script>", "onclick=");
    }

    @Test
    void the_scripts_come_from_the_jar() {
        var cytoscape = TestSupport.get(base() + "/embed/assets/cytoscape.min.js");
        var script = TestSupport.get(base() + "/embed/assets/embed.js");

        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(cytoscape.body()).contains("cytoscape");
        assertThat(script.body()).contains("window.influenceGraph", "from '/app/graph.js'");
        for (String lib :
                List.of("/lib/layout-base.js", "/lib/cose-base.js", "/lib/cytoscape-fcose.js", "/app/graph.js")) {
            var file = TestSupport.get(base() + lib);
            assertThat(file.statusCode()).as(lib).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        }
        assertThat(TestSupport.get(base() + "/lib/secrets.js").statusCode()).isEqualTo(404);
        assertThat(TestSupport.get(base() + "/app/..%2Fpom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_gives_the_iframe_snippet() throws Exception {
        JsonNode body = JSON.readTree(
                TestSupport.get(base() + "/api/embed/mediators?name=Prigozhin").body());

        assertThat(body.get("url").asText()).isEqualTo(base() + "/embed/mediators?name=Prigozhin");
        assertThat(body.get("iframe").asText())
                .isEqualTo(
                        "<iframe src=\"" + base() + "/embed/mediators?name=Prigozhin\" "
                                + "width=\"100%\" height=\"600\" style=\"border:0\" title=\"Mediators (Influence Graph)\" loading=\"lazy\"></iframe>");
        assertThat(TestSupport.get(base() + "/embed/gossip").statusCode()).isEqualTo(404);
    }

    @Test
    void the_graph_format_carries_the_sources_its_edges_rest_on() throws Exception {
        JsonNode body = JSON.readTree(
                TestSupport.get(base() + "/api/queries/shortest-path?from=Tikhanovskaya&to=Putin&format=graph")
                        .body());

        body.get("edges").forEach(e -> {
            String source = e.get("properties").get("source").asText();
            assertThat(body.get("sources").get(source).get("name").asText()).isNotBlank();
        });
        assertThat(body.get("sources")
                        .get("dw-2020-10-10-lukashenko-jailed-rivals")
                        .get("properties")
                        .get("publisher")
                        .asText())
                .isEqualTo("DW");
    }
}
