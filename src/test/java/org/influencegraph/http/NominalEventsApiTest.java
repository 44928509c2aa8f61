package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/articles} of events told as nouns: who led the talks, and a call with no direction. */
class NominalEventsApiTest {

    private static final String TITLE = "Border deal reached in Algiers";
    private static final String REPORT = """
            Border deal reached in Algiers
            By Test Reporter March 4, 2024
            ALGIERS, March 4 - Algerian-led mediation between Mali and Niger produced a border deal on Monday.
            Emmanuel Macron's call with Volodymyr Zelensky lasted an hour.
            """;

    private static List<String> parts(SampleApi api, String type) {
        return api.app().graph().read("""
                MATCH (:Source {title: $title})<-[:REPORTED_IN]-(e:Event {type: $type})<-[r]-(x:Entity)
                RETURN toLower(type(r)) + ' ' + x.name + ' ' + r.producer AS part ORDER BY part""", Map.of("title", TITLE, "type", type), r -> r.get("part")
                .asString());
    }

    @Test
    void talks_led_by_a_state_named_by_its_adjective_and_a_call_without_direction() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var posted = ArticleApiTest.postText(
                    api, "?publisher=Test%20Wire&date=2024-03-04", "text/plain; charset=utf-8", REPORT);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            String led = " extractor/rules-3:mediation.demonym-led-talks-between+corenlp-4.5.10";
            assertThat(parts(api, "mediation"))
                    .containsExactly("mediator Algeria" + led, "party Mali" + led, "party Niger" + led);
            String call = " extractor/rules-3:call.possessive-call-with+corenlp-4.5.10";
            assertThat(parts(api, "phone-call"))
                    .containsExactly("participant Emmanuel Macron" + call, "participant Volodymyr Zelensky" + call);
        }
    }
}
