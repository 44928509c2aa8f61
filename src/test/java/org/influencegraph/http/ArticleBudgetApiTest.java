package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.influencegraph.TestNeo4j;
import org.influencegraph.config.Limits;
import org.influencegraph.extract.Nlp;
import org.junit.jupiter.api.Test;

/**
 * An article beyond the reading budget is refused at once, saying how to split it, and the import slot is free
 * for the next one; an article whose reading runs over its time, or whose client hangs up, is stopped with nothing
 * written and frees the slot; an address other than http(s) is refused.
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
            var huge = ArticleApiTest.post(
                    api, "", "text/plain", unpunctuated(1_000_000).getBytes(StandardCharsets.UTF_8), api.writeToken());
            assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
            assertThat(JSON.readTree(huge.body()).get("detail").asText())
                    .isEqualTo("the body: 1000000 characters of "
                            + "text; an article may have at most 500000: split it into several articles");

            var run = ArticleApiTest.post(
                    api,
                    "",
                    "text/plain",
                    ("A short start. " + unpunctuated(100_000)).getBytes(StandardCharsets.UTF_8),
                    api.writeToken());
            assertThat(run.statusCode()).as(run.body()).isEqualTo(422);
            assertThat(JSON.readTree(run.body()).get("detail").asText())
                    .isEqualTo("the body: 100001 characters from "
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

    /** {@code count} paragraphs of plain news sentences: seconds of reading for the language models. */
    private static String longStory(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Alexander Lukashenko met Vladimir Putin in Minsk on Tuesday. They spoke about gas prices "
                    + "and the border. Yevgeny Prigozhin was not there.\n\n");
        }
        return text.toString();
    }

    /** The story imported right after: 201 once the slot is free again, else the last answer (429). */
    private static HttpResponse<String> storyWhenFree(SampleApi api, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> story;
        do {
            story = ArticleApiTest.postText(api, ArticleApiTest.STORY_PARAMS, "text/plain", ArticleApiTest.STORY);
            if (story.statusCode() != 429) {
                return story;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return story;
    }

    @Test
    void an_article_over_its_time_writes_nothing_and_the_next_imports() throws Exception {
        Nlp.warmUp();
        var limits = Limits.DEFAULTS.withArticleTime(Duration.ofMillis(1));
        try (SampleApi api = SampleApi.start(HttpApi.Settings.defaults().withLimits(limits), false)) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            var slow = ArticleApiTest.post(
                    api, "", "text/plain", longStory(40).getBytes(StandardCharsets.UTF_8), api.writeToken());
            assertThat(slow.statusCode()).as(slow.body()).isEqualTo(422);
            assertThat(JSON.readTree(slow.body()).get("detail").asText())
                    .isEqualTo("the body: reading the article "
                            + "took longer than 0 s, so nothing of it was written; split it into shorter articles and send "
                            + "them one by one");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
    }

    @Test
    void a_client_that_hangs_up_cancels_its_import_and_frees_the_slot() throws Exception {
        Nlp.warmUp();
        try (SampleApi api = SampleApi.start()) {
            long sources = sources(api);
            byte[] body = longStory(400).getBytes(StandardCharsets.UTF_8);
            var base = java.net.URI.create(api.base());
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                                + "Authorization: Bearer " + api.writeToken() + "\r\nContent-Length: " + body.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                Thread.sleep(500);
            }
            // The hung-up import held the slot; cancelled, it frees it well before its reading would have ended.
            var story = storyWhenFree(api, Duration.ofSeconds(20));
            assertThat(story.statusCode()).as(story.body()).isEqualTo(201);
            assertThat(sources(api)).as("the story's source only").isEqualTo(sources + 1);
        }
    }

    private static long sources(SampleApi api) {
        return api.app()
                .graph()
                .read("MATCH (s:Source) RETURN count(s) AS n", java.util.Map.of(), r -> r.get("n")
                        .asLong())
                .get(0);
    }
}
