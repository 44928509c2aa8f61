package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/articles} of real-style wire copy: the grammar rules read what the phrasing hides. */
class GrammarArticleApiTest {

    private static final String REPORT = """
            Truce holds in Gaza as first captives go home
            By Test Reporter November 24, 2023
            DOHA, Nov 24 (Reuters) - A Qatari-brokered truce between Israel and the militant group Hamas took
            hold on Friday, and the first captives were handed over in the evening.
            """;

    @Test
    void a_demonym_brokered_truce_gives_the_state_as_mediator_and_both_sides_as_parties() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var posted = ArticleApiTest.postText(
                    api, "?publisher=Test%20Wire&date=2023-11-24", "text/plain; charset=utf-8", REPORT);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

            List<String> roles = api.app()
                    .graph()
                    .read("""
                    MATCH (s:Source {title: $title})<-[:REPORTED_IN]-(e:Event {type: 'mediation'})
                    MATCH (x:Entity)-[r]->(e)
                    RETURN toLower(type(r)) + ' ' + x.name + ' ' + r.producer AS part ORDER BY part""", Map.of("title", "Truce holds in Gaza as first captives go home"), r -> r.get("part")
                            .asString());
            assertThat(roles)
                    .containsExactly(
                            "mediator Qatar extractor/rules-3:mediation.demonym-brokered+corenlp-4.5.10",
                            "party Hamas extractor/rules-3:mediation.demonym-brokered+corenlp-4.5.10",
                            "party Israel extractor/rules-3:mediation.demonym-brokered+corenlp-4.5.10");
            // The dateline is no place of the article's (the byline names none).
            assertThat(api.app()
                            .graph()
                            .read("""
                    MATCH (x:Entity)-[:MENTIONED_IN]->(:Source {title: $title}) RETURN x.name AS name ORDER BY name""", Map.of("title", "Truce holds in Gaza as first captives go home"), r -> r.get(
                                            "name")
                                    .asString()))
                    .containsExactly("Gaza", "Hamas", "Israel", "Qatar");
        }
    }
}
