package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.QueryCatalog;
import org.junit.jupiter.api.Test;

/**
 * After articles that name the sample's actors in short forms are imported, the graph has one node per actor, and
 * every canned query still answers by the plain surname of the most central one (no "names 2 actors").
 */
class ArticleMentionsApiTest {

    private static final String HEADLINE = """
            Exiles in Vilnius plot a new take on Lukashenko

            Lukashenko told officers that the Wagner fighters would stay. The U.N. said it was worried \
            about the fighters. Minsk answered that the West was meddling again. Wagner units were seen near the \
            border, and Lukashenka's critics in exile called for new sanctions by the EU.
            """;
    private static final String SECOND = """
            Putin thanks Belarusian leader for ending the mutiny

            Putin thanked Lukashenko for his efforts on Tuesday. Peskov said the UN had not been involved. \
            Prigozhin will live in Belarus, Lukashenko said.
            """;

    private static final String SHORT_NAME = """
            Erdogan lifts his veto on Sweden

            Tayyip Erdogan agreed on Monday to send Sweden's bid to parliament. Erdogan met Ulf Kristersson in \
            Vilnius.
            """;
    private static final String FULL_NAME = """
            Grain deal ends

            Turkish President Recep Tayyip Erdogan said he would speak to Putin. Erdogan said the deal could be saved.
            """;

    @Test
    void a_person_first_named_short_takes_the_full_name_a_later_article_gives_and_answers_by_surname()
            throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var json = new ObjectMapper();
            for (String text : List.of(SHORT_NAME, FULL_NAME)) {
                api.postJson("/api/articles", json.writeValueAsString(Map.of("text", text, "format", "text")), 201);
            }

            assertThat(api.app()
                            .graph()
                            .read(
                                    "MATCH (p:Person) WHERE 'erdogan' IN p.keys RETURN p.name AS name",
                                    Map.of(),
                                    r -> r.get("name").asString()))
                    .containsExactly("Recep Tayyip Erdogan");
            api.json("/api/queries/network?name=Erdogan", 200);
        }
    }

    @Test
    void after_short_mentions_are_imported_every_canned_query_answers_by_the_plain_surname() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var json = new ObjectMapper();
            for (String text : List.of(HEADLINE, SECOND)) {
                api.postJson("/api/articles", json.writeValueAsString(Map.of("text", text, "format", "text")), 201);
            }

            var graph = api.app().graph();
            assertThat(graph.read(
                            "MATCH (p:Person) WHERE 'lukashenko' IN p.keys OR 'lukashenka' IN p.keys "
                                    + "RETURN p.id AS id",
                            Map.of(),
                            r -> r.get("id").asString()))
                    .containsExactly("alexander-lukashenko");
            assertThat(graph.read(
                            "MATCH (e:Entity) WHERE e.name IN ['Wagner', 'U.N.', 'UN', 'EU', 'Lukashenko'] "
                                    + "RETURN e.id AS id",
                            Map.of(),
                            r -> r.get("id").asString()))
                    .isEmpty();
            assertThat(graph.read(
                            "MATCH (e:Entity)-[:MENTIONED_IN]->(s:Source) WHERE s.title STARTS WITH 'Exiles' "
                                    + "RETURN e.id AS id ORDER BY id",
                            Map.of(),
                            r -> r.get("id").asString()))
                    .containsExactly(
                            "alexander-lukashenko",
                            "belarus",
                            "european-union",
                            "united-nations",
                            "vilnius",
                            "wagner-group");

            for (CannedQuery query : QueryCatalog.load().all()) {
                StringBuilder params = new StringBuilder();
                for (Parameter p : query.parameters()) {
                    if (p.type() == Parameter.Type.ACTOR) {
                        params.append(params.isEmpty() ? "?" : "&")
                                .append(p.name())
                                .append('=')
                                .append(p.name().equals("to") ? "Putin" : "Lukashenko");
                    }
                }
                if (!params.isEmpty()) {
                    api.json("/api/queries/" + query.name() + params, 200);
                }
            }
        }
    }
}
