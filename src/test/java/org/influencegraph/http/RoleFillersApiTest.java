package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/articles} of appeals whose target is no name: a capital that stands for its state, and a
 * pronoun that stands for the man named before.
 */
class RoleFillersApiTest {

    private static final String CAPITAL = """
            Border talks resume as envoys meet
            By Test Reporter December 18, 2024
            Chinese Foreign Minister Wang Yi met Ajit Doval in Beijing on Wednesday. Wang called on New Delhi to
            view the relationship from a strategic height.
            """;

    private static final String PRONOUN = """
            Pope receives the president before the talks
            By Test Reporter October 24, 2016
            Nicolas Maduro met Pope Francis at the Vatican on Monday. The Holy See said Francis had urged him to
            take the path of dialogue.
            """;

    @Test
    void an_appeal_to_a_capital_has_its_state_as_target() throws Exception {
        assertThat(appealOf(CAPITAL, "Border talks resume as envoys meet", "2024-12-18"))
                .containsExactly(
                        "initiator Wang Yi extractor/rules-3:appeal.called-on-to+corenlp-4.5.10",
                        "target India extractor/rules-3:appeal.called-on-to+corenlp-4.5.10");
    }

    @Test
    void an_appeal_to_him_has_the_man_named_before_as_target_not_its_initiator() throws Exception {
        assertThat(appealOf(PRONOUN, "Pope receives the president before the talks", "2016-10-24"))
                .containsExactly(
                        "initiator Pope Francis extractor/rules-3:appeal.urged-to+corenlp-4.5.10",
                        "target Nicolas Maduro extractor/rules-3:appeal.urged-to+corenlp-4.5.10");
    }

    /** The roles of the appeal the posted article gave, with their actors' names and the rule that read them. */
    private static List<String> appealOf(String report, String title, String date) throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var posted = ArticleApiTest.postText(
                    api, "?publisher=Test%20Wire&date=" + date, "text/plain; charset=utf-8", report);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            return api.app().graph().read("""
                            MATCH (s:Source {title: $title})<-[:REPORTED_IN]-(e:Event {type: 'appeal'})
                            MATCH (x:Entity)-[r]->(e)
                            RETURN toLower(type(r)) + ' ' + x.name + ' ' + r.producer AS part ORDER BY part""", Map.of("title", title), r -> r.get("part")
                    .asString());
        }
    }
}
