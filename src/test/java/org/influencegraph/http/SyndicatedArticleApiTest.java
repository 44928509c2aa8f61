package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same article text under another title and URL adds a source to the facts, never a second copy of them. */
class SyndicatedArticleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_syndicated_copy_adds_its_source_to_the_existing_events() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var first = ArticleApiTest.postText(api, ArticleApiTest.STORY_PARAMS, "text/plain", ArticleApiTest.STORY);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            String before = events(api);

            var copy = ArticleApiTest.postText(
                    api,
                    "?title=Lukashenko%20brokers%20a%20deal&publisher=Other%20Daily"
                            + "&date=2023-06-26&url=https://example.net/other/deal",
                    "text/plain",
                    ArticleApiTest.STORY.replace("\n", "\n\n"));

            assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
            JsonNode answer = JSON.readTree(copy.body());
            String copyId = answer.get("article").asText();
            assertThat(copyId).isNotEqualTo(ArticleApiTest.STORY_ID);
            assertThat(answer.get("events").toString()).isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":0}");
            assertThat(answer.get("added").get("events").size()).isZero();
            assertThat(events(api)).isEqualTo(before);

            List<String> sources = new ArrayList<>();
            api.json("/api/queries/mediators?name=Prigozhin", 200).get("rows").forEach(r -> r.get("sources")
                    .forEach(s -> sources.add(s.get("source").asText())));
            assertThat(sources).contains(ArticleApiTest.STORY_ID, copyId);
            assertThat(api.app()
                            .graph()
                            .read(
                                    "MATCH (:Source {id: $copy})-[:COPY_OF]->(o:Source) RETURN o.id AS id",
                                    Map.of("copy", copyId),
                                    r -> r.get("id").asString()))
                    .containsExactly(ArticleApiTest.STORY_ID);

            var again = ArticleApiTest.postText(
                    api,
                    "?title=Lukashenko%20brokers%20a%20deal&publisher=Other%20Daily"
                            + "&date=2023-06-26&url=https://example.net/other/deal",
                    "text/plain",
                    ArticleApiTest.STORY.replace("\n", "\n\n"));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).get("changed").asBoolean()).isFalse();
        }
    }

    /** Every event with its type, as sorted text. */
    private static String events(SampleApi api) {
        return api.app()
                .graph()
                .read("MATCH (e:Event) RETURN e.id + ' ' + e.type AS e ORDER BY e", Map.of(), r -> r.get("e")
                        .asString())
                .toString();
    }
}
