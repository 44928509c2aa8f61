package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canned queries over HTTP, on the curated sample data in a real Neo4j. */
class QueryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleApi api;
    private static App app;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
        app = api.app();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) {
        return TestSupport.get(api.base() + pathAndQuery);
    }

    private static JsonNode json(String pathAndQuery, int status) throws Exception {
        return api.json(pathAndQuery, status);
    }

    private static String q(String text) {
        return SampleApi.q(text);
    }

    private static List<String> texts(JsonNode array, String field) {
        return SampleApi.texts(array, field);
    }

    @Test
    void the_catalog_lists_every_query_file_with_its_parameters() throws Exception {
        JsonNode catalog = json("/api/queries", 200);

        assertThat(texts(catalog, "name"))
                .containsExactly(
                        "brokers",
                        "candidates",
                        "common-connections",
                        "influence",
                        "mediators",
                        "meetings",
                        "network",
                        "shortest-path",
                        "sources",
                        "timeline");
        JsonNode network = catalog.get(6).get("parameters");
        assertThat(network.toString())
                .isEqualTo("[{\"name\":\"name\",\"type\":\"actor\",\"required\":true,"
                        + "\"default\":null,\"description\":\"the actor at the centre\"},"
                        + "{\"name\":\"depth\",\"type\":\"integer\",\"required\":false,\"default\":1,\"min\":1,\"max\":3,"
                        + "\"description\":\"how many steps out\"},"
                        + "{\"name\":\"limit\",\"type\":\"integer\",\"required\":false,\"default\":200,\"min\":1,\"max\":1000,"
                        + "\"description\":\"at most this many neighbours\"}]");
    }

    @Test
    void mediators_finds_lukashenko_between_putin_and_prigozhin_with_the_article() throws Exception {
        JsonNode body = json("/api/queries/mediators?name=Prigozhin", 200);

        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode row = body.get("rows").get(0);
        assertThat(row.get("mediator").get("id").asText()).isEqualTo("alexander-lukashenko");
        assertThat(row.get("mediator").get("labels").toString()).isEqualTo("[\"Entity\",\"Person\"]");
        assertThat(texts(row.get("parties"), "id"))
                .containsExactly("vladimir-putin", "wagner-group", "yevgeny-prigozhin");
        assertThat(row.get("date").asText()).isEqualTo("2023-06-24");
        assertThat(row.get("event").get("id").asText()).isEqualTo("2023-06-24-lukashenko-mediates-wagner");
        assertThat(texts(row.get("sources"), "source"))
                .containsExactly("conversation-2023-07-lukashenko-wagner-mutiny");
        assertThat(row.get("sources").get(0).get("quote").asText()).contains("intermediary");
    }

    @Test
    void mediators_keeps_to_the_dates_asked_for() throws Exception {
        assertThat(json("/api/queries/mediators?from=2023-06&to=2023", 200)
                        .get("count")
                        .asInt())
                .isEqualTo(2);
        assertThat(json("/api/queries/mediators?to=2022-12-31", 200)
                        .get("count")
                        .asInt())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "network", "sources", "influence"})
    void every_spelling_of_tsikhanouskaya_gives_the_same_answer(String query) throws Exception {
        String first = get("/api/queries/" + query + "?name=Tsikhanouskaya").body();

        assertThat(JSON.readTree(first).get("count").asInt()).isPositive();
        for (String spelling :
                List.of("Tikhanovskaya", "Svetlana Tikhanovskaya", "Тихановская", "sviatlana-tsikhanouskaya")) {
            assertThat(get("/api/queries/" + query + "?name=" + q(spelling)).body())
                    .as(spelling)
                    .isEqualTo(first);
        }
    }

    @Test
    void shortest_path_links_tikhanovskaya_and_putin_with_a_source_for_every_hop() throws Exception {
        JsonNode body = json("/api/queries/shortest-path?from=Tikhanovskaya&to=Putin", 200);

        assertThat(body.get("count").asInt()).isPositive();
        for (JsonNode row : body.get("rows")) {
            assertThat(row.get("hops").asInt()).isEqualTo(2);
            assertThat(row.get("chain").get(0).asText()).isEqualTo("Sviatlana Tsikhanouskaya");
            assertThat(row.get("chain").get(2).asText()).isEqualTo("Vladimir Putin");
            row.get("steps")
                    .forEach(step -> assertThat(step.get("source").asText()).isNotBlank());
        }
        List<String> chains = new ArrayList<>();
        body.get("rows").forEach(r -> chains.add(r.get("chain").toString()));
        assertThat(chains).contains("[\"Sviatlana Tsikhanouskaya\",\"Alexander Lukashenko\",\"Vladimir Putin\"]");
    }

    @Test
    void the_prison_meeting_lists_lukashenko_and_each_prisoner_in_minsk() throws Exception {
        JsonNode body = json("/api/queries/meetings?name=Babariko", 200);

        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode row = body.get("rows").get(0);
        assertThat(row.get("date").asText()).isEqualTo("2020-10-10");
        assertThat(texts(row.get("participants"), "id"))
                .containsExactly(
                        "alexander-lukashenko",
                        "belarusian-opposition",
                        "liliya-vlasova",
                        "viktor-babariko",
                        "vitali-shkliarov");
        assertThat(row.get("places").toString()).isEqualTo("[\"Minsk\"]");
    }

    @Test
    void influence_shows_putins_appeal_to_lukashenko() throws Exception {
        JsonNode rows = json("/api/queries/influence?name=Lukashenko", 200).get("rows");

        List<String> appeals = new ArrayList<>();
        rows.forEach(r -> {
            if (r.get("how").asText().equals("appeal")) {
                appeals.add(r.get("direction").asText() + " "
                        + r.get("other").get("id").asText() + " "
                        + r.get("date").asText());
            }
        });
        assertThat(appeals).contains("on this actor vladimir-putin 2021-11-18");
    }

    @Test
    void network_at_depth_one_lists_her_husband_and_adviser_with_how_they_are_tied() throws Exception {
        JsonNode rows = json("/api/queries/network?name=Tsikhanouskaya", 200).get("rows");

        List<String> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(
                r.get("neighbour").get("id").asText() + " " + r.get("distance").asInt() + " "
                        + r.get("links").get(0).get("link").asText() + " "
                        + r.get("links").get(0).get("source").asText()));
        assertThat(lines)
                .contains(
                        "franak-viacorka 1 advises (senior adviser) bne-2021-11-19-putin-dialogue",
                        "siarhei-tsikhanouski 1 family (spouse) bne-2021-11-19-putin-dialogue");
        rows.forEach(r ->
                r.get("links").forEach(l -> assertThat(l.get("source").asText()).isNotBlank()));
        assertThat(json("/api/queries/network?name=Tsikhanouskaya&depth=2", 200)
                        .get("count")
                        .asInt())
                .isGreaterThan(rows.size());
    }

    @Test
    void network_as_a_graph_draws_the_centre_and_the_ties_and_shared_events_among_the_neighbours() throws Exception {
        JsonNode graph = json("/api/queries/network?name=Tsikhanouskaya&format=graph", 200);

        List<String> nodes = new ArrayList<>();
        graph.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        List<String> edges = new ArrayList<>();
        graph.get("edges")
                .forEach(e -> edges.add(e.get("from").asText() + " "
                        + e.get("type").asText() + " " + e.get("to").asText() + " "
                        + e.get("properties").get("source").asText()));
        assertThat(nodes).contains("sviatlana-tsikhanouskaya", "franak-viacorka", "siarhei-tsikhanouski");
        assertThat(edges)
                .contains(
                        "franak-viacorka advises sviatlana-tsikhanouskaya bne-2021-11-19-putin-dialogue",
                        "siarhei-tsikhanouski family sviatlana-tsikhanouskaya bne-2021-11-19-putin-dialogue");
        graph.get("edges").forEach(e -> {
            assertThat(nodes).contains(e.get("from").asText(), e.get("to").asText());
            assertThat(graph.get("sources")
                            .has(e.get("properties").get("source").asText()))
                    .isTrue();
        });
        long events = 0;
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("labels").toString().contains("Event")) {
                events++;
                long parts = 0;
                for (JsonNode e : graph.get("edges")) {
                    parts += e.get("to").asText().equals(n.get("id").asText()) ? 1 : 0;
                }
                assertThat(parts).as(n.get("id").asText()).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(events).isPositive();
    }

    @Test
    void timeline_gives_each_event_with_the_actors_role_the_others_and_the_source() throws Exception {
        JsonNode body = json("/api/queries/timeline?name=" + q("Франак Вячорка"), 200);

        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode row = body.get("rows").get(0);
        assertThat(row.get("date").asText()).isEqualTo("2021-11");
        assertThat(row.get("type").asText()).isEqualTo("statement");
        assertThat(row.get("title").asText())
                .isEqualTo("Viacorka: political prisoners must be released before any dialogue");
        assertThat(row.get("roles").toString()).isEqualTo("[\"initiator\"]");
        assertThat(row.get("others").size()).isEqualTo(1);
        JsonNode other = row.get("others").get(0);
        assertThat(List.of(
                        other.get("id").asText(),
                        other.get("name").asText(),
                        other.get("role").asText()))
                .containsExactly("vladimir-putin", "Vladimir Putin", "subject");
        assertThat(texts(row.get("sources"), "source")).containsExactly("bne-2021-11-19-putin-dialogue");
    }

    @Test
    void sources_lists_every_claim_about_an_actor_with_its_article_and_quote() throws Exception {
        JsonNode rows = json("/api/queries/sources?name=Viacorka", 200).get("rows");

        List<String> claims = new ArrayList<>();
        rows.forEach(r -> claims.add(r.get("claim").asText() + " | "
                + r.get("source").asText() + " | " + r.get("date").asText()));
        assertThat(claims)
                .containsExactly(
                        "Franak Viacorka advises Sviatlana Tsikhanouskaya (senior adviser) | bne-2021-11-19-putin-dialogue | 2021-11-19",
                        "initiator in: Viacorka: political prisoners must be released before any dialogue | "
                                + "bne-2021-11-19-putin-dialogue | 2021-11-19",
                        "mentioned | bne-2021-11-19-putin-dialogue | 2021-11-19");
        rows.forEach(r -> assertThat(r.get("quote").asText()).isNotBlank());
    }

    @Test
    void brokers_puts_lukashenko_first_when_every_pair_is_counted() throws Exception {
        JsonNode rows = json("/api/queries/brokers?samples=10000&limit=3", 200).get("rows");

        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("broker").get("id").asText()));
        assertThat(ids).containsExactly("alexander-lukashenko", "belarus", "ukraine");
        assertThat(rows.get(0).get("score").asDouble())
                .isGreaterThan(rows.get(1).get("score").asDouble());
        assertThat(rows.get(0).get("pairs").asInt()).isPositive();
    }

    @Test
    void a_mediation_as_a_graph_joins_the_mediator_and_the_parties_to_the_event() throws Exception {
        JsonNode body = json("/api/queries/mediators?name=Prigozhin&format=graph", 200);

        List<String> edges = new ArrayList<>();
        body.get("edges")
                .forEach(e -> edges.add(e.get("from").asText() + " "
                        + e.get("type").asText() + " " + e.get("to").asText()));
        String event = "2023-06-24-lukashenko-mediates-wagner";
        assertThat(edges)
                .containsExactlyInAnyOrder(
                        "alexander-lukashenko mediator " + event,
                        "vladimir-putin party " + event,
                        "wagner-group party " + event,
                        "yevgeny-prigozhin party " + event);
    }

    @Test
    void an_unknown_name_answers_404_with_the_closest_names() throws Exception {
        JsonNode body = json("/api/queries/timeline?name=Lukashonko", 404);

        assertThat(body.get("error").asText()).isEqualTo("not found");
        assertThat(body.get("detail").asText())
                .isEqualTo("parameter 'name': no actor named 'Lukashonko'; the closest are listed");
        assertThat(texts(body.get("candidates"), "id")).contains("alexander-lukashenko");

        // A name far too long for a fuzzy lookup (the fuzz tests found one that failed with 500).
        String endless = "lukashenko".repeat(500);
        assertThat(json("/api/queries/timeline?name=" + endless, 404)
                        .get("detail")
                        .asText())
                .isEqualTo("parameter 'name': no actor named '" + endless + "'");
    }

    @Test
    void an_ambiguous_name_answers_400_listing_the_candidates() throws Exception {
        JsonNode body = json("/api/queries/timeline?name=Oreshkin", 400);

        assertThat(body.get("detail").asText())
                .isEqualTo("parameter 'name': 'Oreshkin' names 2 actors; give one of their ids");
        assertThat(texts(body.get("candidates"), "id")).containsExactly("andrei-oreshkin", "dmitry-oreshkin");
    }

    @Test
    void bad_parameters_answer_400_naming_the_parameter() throws Exception {
        assertThat(json("/api/queries/network?name=Putin&depth=9", 400)
                        .get("detail")
                        .asText())
                .isEqualTo("parameter 'depth': expected a number from 1 to 3, got 9");
        assertThat(json("/api/queries/mediators?from=June", 400).get("detail").asText())
                .isEqualTo("parameter 'from': expected a date as 2020, 2020-10 or 2020-10-10, got 'June'");
        assertThat(json("/api/queries/timeline", 400).get("detail").asText())
                .isEqualTo("parameter 'name' is required: the actor");
        assertThat(json("/api/queries/timeline?name=Putin&colour=red", 400)
                        .get("detail")
                        .asText())
                .isEqualTo("'timeline' takes no parameter 'colour'; it takes [name, from, to, limit]");
        assertThat(json("/api/queries/timeline?name=Putin&format=xml", 400)
                        .get("detail")
                        .asText())
                .isEqualTo("format must be json, graph or csv, not 'xml'");
    }

    @Test
    void an_unknown_query_answers_404() throws Exception {
        assertThat(json("/api/queries/gossip", 404).get("detail").asText()).startsWith("no canned query 'gossip'");
    }

    @Test
    void the_graph_format_gives_nodes_and_the_edges_between_them() throws Exception {
        JsonNode body = json("/api/queries/shortest-path?from=Tikhanovskaya&to=Putin&format=graph", 200);

        List<String> ids = texts(body.get("nodes"), "id");
        assertThat(ids).contains("sviatlana-tsikhanouskaya", "alexander-lukashenko", "vladimir-putin");
        assertThat(body.get("edges").size()).isPositive();
        body.get("edges").forEach(e -> {
            assertThat(ids).contains(e.get("from").asText(), e.get("to").asText());
            assertThat(e.get("type").asText()).isNotBlank();
        });
    }

    @Test
    void the_csv_format_has_a_header_and_one_line_a_row() {
        HttpResponse<String> response = get("/api/queries/mediators?name=Prigozhin&format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("mediator,parties,event,date,places,sources,edges");
        assertThat(lines.get(1))
                .startsWith("Alexander Lukashenko,Vladimir Putin; Wagner Group; Yevgeny Prigozhin,"
                        + "Lukashenko mediates between Putin and Prigozhin,2023-06-24,,");
        assertThat(lines).hasSize(2);
    }
}
