package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The front end at / over HTTP (what it does in a browser is checked in Chromium by scripts/browser-check.sh). */
class WebTest {

    private static SampleApi api;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void the_front_end_is_served_at_the_root_under_a_policy_that_allows_no_inline_script() {
        var page = TestSupport.get(api.base() + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'self'; script-src 'self';")
                .endsWith("frame-ancestors 'none'");
        assertThat(page.body())
                .contains(
                        "<script type=\"module\" src=\"/app/app.js\"></script>",
                        "<script src=\"/lib/cytoscape.min.js\"></script>",
                        "<input id=\"q\"")
                .doesNotContain("<script>", "http://", "https://", "onclick=");
    }

    @Test
    void its_modules_and_styles_come_from_the_jar_and_nothing_else_of_it_is_served() {
        for (String file : List.of("/app/app.js", "/app/graph.js", "/app/embed.js", "/lib/cytoscape.min.js")) {
            var response = TestSupport.get(api.base() + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/javascript");
        }
        assertThat(TestSupport.get(api.base() + "/app/app.css")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("text/css");
        assertThat(TestSupport.get(api.base() + "/app/index.html").statusCode()).isEqualTo(404);
        assertThat(TestSupport.get(api.base() + "/lib/app.js").statusCode()).isEqualTo(404);
    }

    @Test
    void the_browser_style_colours_each_type_as_the_front_end_does_and_captions_events_by_type_and_date() {
        var grass = TestSupport.get(api.base() + "/guide/influence-graph.grass");
        String graph = TestSupport.get(api.base() + "/app/graph.js").body();

        assertThat(grass.statusCode()).isEqualTo(200);
        assertThat(grass.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isEqualTo("*");
        assertThat(grass.body()).contains("node.Event {", "caption: \"{type} {date}\";");
        for (String[] type : new String[][] {
            {"Person", "person"},
            {"Organization", "organization"},
            {"Place", "place"},
            {"Event", "event"},
            {"Source", "source"}
        }) {
            String block = grass.body().substring(grass.body().indexOf("node." + type[0] + " {"));
            String colour = block.substring(block.indexOf("color: ") + 7, block.indexOf(';'));
            assertThat(graph).as(type[1]).contains(type[1] + ": { colour: '" + colour + "'");
        }
    }
}
