package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An article beyond the reading budget is refused at once, saying how to split it, and the import slot is free
 * for the next one; an address other than http(s) is refused.
 */
class ArticleBudgetApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code size} characters of words without a full stop, as a pasted transcript or a broken feed gives. */
    private static String unpunctuated(int size) {
        StringBuilder text = new StringBuilder(size + 16);
        while (text.length() < size) {
            text.append("Alexander Lukashenko met Vladimir Putin and talked about the weather ");
        }
        return text.substring(0, size);
    }

    @Test
    void an_article_too_long_or_without_sentences_is_refused_and_the_next_imports() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var huge = ArticleApiTest.post(api, "", "text/plain", unpunctuated(1_000_000).getBytes(StandardCharsets.UTF_8),
                    api.writeToken());
            assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
            assertThat(JSON.readTree(huge.body()).get("detail").asText()).isEqualTo("the body: 1000000 characters of "
                    + "text; an article may have at most 500000: split it into several articles");

            var run = ArticleApiTest.post(api, "", "text/plain", ("A short start. " + unpunctuated(100_000))
                    .getBytes(StandardCharsets.UTF_8), api.writeToken());
            assertThat(run.statusCode()).as(run.body()).isEqualTo(422);
            assertThat(JSON.readTree(run.body()).get("detail").asText()).isEqualTo("the body: 100001 characters from "
                    + "character 14 on without a sentence's end (. ! ? or a blank line); at most 20000 are read as one: "
                    + "split the text into sentences or paragraphs");

            var script = ArticleApiTest.postText(api, "?url=javascript:alert(1)", "text/plain", ArticleApiTest.STORY);
            assertThat(script.statusCode()).as(script.body()).isEqualTo(400);
            assertThat(JSON.readTree(script.body()).get("detail").asText())
                    .isEqualTo("'url' must be an http:// or https:// address");

            var story = ArticleApiTest.postText(api, ArticleApiTest.STORY_PARAMS, "text/plain", ArticleApiTest.STORY);
            assertThat(story.statusCode()).as(story.body()).isEqualTo(201);
            assertThat(JSON.readTree(story.body()).get("article").asText()).isEqualTo(ArticleApiTest.STORY_ID);
        }
    }
}
