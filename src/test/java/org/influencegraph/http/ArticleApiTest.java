package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.config.Limits;
import org.junit.jupiter.api.Test;

/** {@code POST /api/articles}: an article in the body, read, extracted and written as the import command does. */
class ArticleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String STORY = """
            Minsk leader steps in as go-between

            Belarusian President Alexander Lukashenko acted as the intermediary between Yevgeny Prigozhin and \
            Vladimir Putin on Saturday.
            Wagner Group boss Yevgeny Prigozhin agreed to leave for Belarus.
            Angela Merkel backed Emmanuel Macron.
            Xavier Bettel opposed Viktor Orban.
            """;
    static final String STORY_PARAMS = "?publisher=Test%20Wire&date=2023-06-25&url=https://example.org/wire/minsk";
    static final String STORY_ID = "article-58b9778d8d91e63a";

    private static final String PAGE = """
            <html><head><title>Erdogan hosts Zelensky | Test Daily</title>
            <meta property="og:title" content="Erdogan hosts Zelensky">
            <meta property="og:site_name" content="Test Daily">
            <meta property="article:published_time" content="2024-03-08T10:00:00Z">
            <link rel="canonical" href="https://example.org/daily/istanbul"></head>
            <body><nav>Home | World | Alexander Lukashenko</nav><script>var reader = "Angela Merkel";</script>
            <article><h1>Erdogan hosts Zelensky</h1>
            <p>Turkish President Recep Tayyip Erdogan met Volodymyr Zelensky in Istanbul on Friday.</p>
            <p>Viktor Orban backed Vladimir Putin.</p></article>
            <footer>Sign up: Xavier Bettel newsletter</footer></body></html>
            """;

    static HttpResponse<String> post(SampleApi api, String query, String contentType, byte[] body, String token)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.base() + "/api/articles" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postText(SampleApi api, String query, String contentType, String body)
            throws Exception {
        return post(api, query, contentType, body.getBytes(StandardCharsets.UTF_8), api.writeToken());
    }

    @Test
    void
            a_text_article_with_its_metadata_as_parameters_is_imported_and_summed_up_and_the_same_text_again_changes_nothing()
                    throws Exception {
        try (SampleApi api = SampleApi.start()) {
            var first = postText(api, STORY_PARAMS, "text/plain; charset=utf-8", STORY);

            // "Minsk leader": the capital named as an actor is a mention of Belarus, which the article updates anyway.
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(JSON.readTree(first.body())).isEqualTo(JSON.readTree("""
                    {"article": "article-58b9778d8d91e63a", "title": "Minsk leader steps in as go-between",
                     "changed": true, "replaced": false,
                     "entities": {"created": 4, "updated": 5, "unchanged": 0},
                     "events": {"created": 1, "updated": 0, "unchanged": 0},
                     "ties": {"created": 2, "updated": 0, "unchanged": 0},
                     "candidates": 2,
                     "added": {
                       "entities": ["Alexander Lukashenko", "Yevgeny Prigozhin", "Vladimir Putin", "Angela Merkel",
                                    "Emmanuel Macron", "Xavier Bettel", "Viktor Orban", "Minsk", "Belarus",
                                    "Wagner Group"],
                       "events": [{"type": "mediation",
                                   "title": "Alexander Lukashenko mediates between Yevgeny Prigozhin and Vladimir Putin"}],
                       "ties": ["Alexander Lukashenko leads Belarus", "Yevgeny Prigozhin leads Wagner Group"],
                       "candidates": [
                         {"id": "candidate-ce3e61bf828d8c1c", "claim": "Angela Merkel supports Emmanuel Macron",
                          "confidence": 0.65},
                         {"id": "candidate-c7d7259217879dac", "claim": "Xavier Bettel opposes Viktor Orban",
                          "confidence": 0.65}]}}
                    """));
            // The article is the source of its facts, with its metadata.
            JsonNode mediation =
                    api.json("/api/queries/mediators?name=Prigozhin", 200).get("rows");
            List<String> fromArticle = new java.util.ArrayList<>();
            mediation.forEach(r -> r.get("sources").forEach(s -> {
                if (s.get("source").asText().equals(STORY_ID)) {
                    fromArticle.add(r.get("mediator").get("id").asText() + " | "
                            + s.get("publisher").asText() + " | "
                            + s.get("date").asText() + " | " + s.get("quote").asText());
                }
            }));
            assertThat(fromArticle)
                    .containsExactly("alexander-lukashenko | Test Wire | 2023-06-25 | Belarusian President "
                            + "Alexander Lukashenko acted as the intermediary between Yevgeny Prigozhin and Vladimir Putin on "
                            + "Saturday.");
            String after = TestNeo4j.fingerprint(api.app().graph());

            var again = postText(api, STORY_PARAMS, "text/plain", STORY);

            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree("""
                    {"article": "article-58b9778d8d91e63a", "title": "Minsk leader steps in as go-between",
                     "changed": false, "replaced": false,
                     "entities": {"created": 0, "updated": 0, "unchanged": 0},
                     "events": {"created": 0, "updated": 0, "unchanged": 0},
                     "ties": {"created": 0, "updated": 0, "unchanged": 0},
                     "candidates": 0,
                     "added": {"entities": [], "events": [], "ties": [], "candidates": []}}
                    """));
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(after);
        }
    }

    @Test
    void an_html_page_sent_as_json_keeps_only_the_story_and_takes_its_metadata_from_the_page_and_the_fields()
            throws Exception {
        try (SampleApi api = SampleApi.start()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("text", PAGE);
            request.put("format", "html");
            request.put("author", "Ann Writer");
            String body = JSON.writeValueAsString(request);

            var first = postText(api, "", "application/json", body);

            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            // The navigation, the script and the footer name people too: they are not the story.
            assertThat(JSON.readTree(first.body())).isEqualTo(JSON.readTree("""
                    {"article": "article-cb890eb93fda6087", "title": "Erdogan hosts Zelensky",
                     "changed": true, "replaced": false,
                     "entities": {"created": 4, "updated": 2, "unchanged": 0},
                     "events": {"created": 1, "updated": 0, "unchanged": 0},
                     "ties": {"created": 1, "updated": 0, "unchanged": 0},
                     "candidates": 1,
                     "added": {
                       "entities": ["Recep Tayyip Erdogan", "Volodymyr Zelensky", "Viktor Orban", "Vladimir Putin",
                                    "Turkey", "Istanbul"],
                       "events": [{"type": "meeting", "title": "meeting: Recep Tayyip Erdogan, Volodymyr Zelensky"}],
                       "ties": ["Recep Tayyip Erdogan leads Turkey"],
                       "candidates": [{"id": "candidate-ec5b20ebede0e465", "claim": "Viktor Orban supports Vladimir Putin",
                                       "confidence": 0.65}]}}
                    """));
            assertThat(api.app()
                            .graph()
                            .read(
                                    "MATCH (s:Source {id: $id}) RETURN s.title + ' | ' + s.publisher + ' | ' "
                                            + "+ s.author + ' | ' + s.date + ' | ' + s.url AS s",
                                    Map.of("id", "article-cb890eb93fda6087"),
                                    r -> r.get("s").asString()))
                    .containsExactly("Erdogan hosts Zelensky | Test Daily | Ann Writer | "
                            + "2024-03-08 | https://example.org/daily/istanbul");
            String after = TestNeo4j.fingerprint(api.app().graph());

            var again = postText(api, "", "application/json", body);

            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).get("changed").asBoolean()).isFalse();
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(after);
        }
    }

    @Test
    void without_the_write_token_an_article_gets_401_and_with_the_read_token_403_and_nothing_is_written()
            throws Exception {
        try (SampleApi api = SampleApi.start()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            byte[] story = STORY.getBytes(StandardCharsets.UTF_8);

            var none = post(api, STORY_PARAMS, "text/plain", story, null);
            var read = post(api, STORY_PARAMS, "text/plain", story, api.readToken());

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).get("detail").asText())
                    .startsWith("this endpoint changes the graph: "
                            + "send the write token as 'Authorization: Bearer TOKEN'");
            assertThat(read.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(read.body()).get("detail").asText())
                    .isEqualTo("the read token cannot change the graph: send the write token");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
    }

    @Test
    void bad_input_gets_400_naming_what_is_wrong_and_nothing_is_written() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            byte[] latin1 = "Gerhard Schröder met Vladimir Putin.".getBytes(StandardCharsets.ISO_8859_1);
            Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
            answers.put("empty", post(api, "", "text/plain", new byte[0], api.writeToken()));
            answers.put("blank", postText(api, "", "text/plain", " \n\n \t\n"));
            answers.put(
                    "binary",
                    post(
                            api,
                            "",
                            "application/octet-stream",
                            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                            api.writeToken()));
            answers.put("latin1", post(api, "", "text/plain", latin1, api.writeToken()));
            answers.put("date", postText(api, "?date=last%20Tuesday", "text/plain", STORY));
            answers.put("front matter date", postText(api, "", "text/markdown", "---\ndate: soon\n---\n" + STORY));
            answers.put(
                    "json date",
                    postText(
                            api,
                            "",
                            "application/json",
                            "{\"text\": \"Angela Merkel met Emmanuel Macron.\", \"date\": \"31/12/2023\"}"));
            answers.put("unknown parameter", postText(api, "?titel=Minsk", "text/plain", STORY));
            answers.put("format", postText(api, "?format=pdf", "application/octet-stream", STORY));
            answers.put("content type", post(api, "", "image/png", new byte[] {1, 2, 3}, api.writeToken()));
            answers.put("no text", postText(api, "", "application/json", "{\"title\": \"Minsk\"}"));
            answers.put("text not a string", postText(api, "", "application/json", "{\"text\": 42}"));
            answers.put("unknown field", postText(api, "", "application/json", "{\"text\": \"x\", \"body\": \"y\"}"));
            answers.put("not json", postText(api, "", "application/json", "Angela Merkel met Emmanuel Macron."));
            answers.put(
                    "html without a story",
                    postText(api, "", "text/html", "<html><body><nav>Home</nav><script>x()</script></body></html>"));

            Map<String, String> details = new LinkedHashMap<>();
            answers.forEach((what, response) -> {
                assertThat(response.statusCode())
                        .as(what + ": " + response.body())
                        .isEqualTo(400);
                try {
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.get("error").asText()).isEqualTo("bad request");
                    details.put(what, body.get("detail").asText());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            String example = "{\"text\": \"...\", \"format\": \"text\", \"title\": \"...\", \"publisher\": \"...\", "
                    + "\"author\": \"...\", \"date\": \"2023-06-25\", \"url\": \"...\"}";
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put(
                    "empty",
                    "the body is empty: send the article's text (text/plain, text/markdown or text/html), " + "or JSON "
                            + example);
            expected.put("blank", expected.get("empty"));
            expected.put("binary", "the body: binary data, not an article (save the story as text, Markdown or HTML)");
            expected.put(
                    "latin1",
                    "the body: not UTF-8 text; save it as UTF-8 (in most editors: Save as, encoding "
                            + "UTF-8) and import it again");
            expected.put(
                    "date",
                    "parameter 'date': date 'last Tuesday' is not a date such as 2021-11-19 or " + "November 19, 2021");
            expected.put(
                    "front matter date",
                    "the body: date 'soon' is not a date such as 2021-11-19 or " + "November 19, 2021");
            expected.put(
                    "json date",
                    "field 'date': date '31/12/2023' is not a date such as 2021-11-19 or " + "November 19, 2021");
            expected.put(
                    "unknown parameter",
                    "unknown parameter 'titel'; an article takes title, publisher, author, " + "date, url and format");
            expected.put("format", "parameter 'format' must be text, markdown or html, not 'pdf'");
            expected.put(
                    "content type",
                    "send the article as text/plain, text/markdown or text/html, or as JSON " + example
                            + ", not as image/png");
            expected.put("no text", "field 'text' is required: the article's text, Markdown or HTML");
            expected.put("text not a string", "field 'text' must be a string");
            expected.put(
                    "unknown field",
                    "unknown field 'body'; an article takes text, format, title, publisher, " + "author, date and url");
            expected.put("not json", "expected a JSON object " + example);
            expected.put("html without a story", "the body: no text once the page's markup is left out");
            assertThat(details).containsExactlyEntriesOf(expected);
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
    }

    @Test
    void a_body_over_the_limit_gets_413_and_a_body_in_chunks_gets_411_and_nothing_is_written() throws Exception {
        var limits = new Limits(1_000_000, 5_000, Duration.ofSeconds(10), 10_000, 8, 64, Duration.ofSeconds(5));
        try (SampleApi api = SampleApi.start(HttpApi.Settings.defaults().withLimits(limits), false)) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            String big = STORY + "Angela Merkel met Emmanuel Macron in Paris.\n".repeat(120);

            var tooLarge = postText(api, "", "text/plain", big);

            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
            assertThat(JSON.readTree(tooLarge.body()).get("detail").asText())
                    .isEqualTo("the request is "
                            + big.getBytes(StandardCharsets.UTF_8).length + " bytes; this endpoint takes at most 5000 "
                            + "(IG_MAX_UPLOAD)");

            var chunked = HTTP.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                            .header("Content-Type", "text/plain")
                            .header("Authorization", "Bearer " + api.writeToken())
                            .POST(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(411);
            assertThat(JSON.readTree(chunked.body()).get("detail").asText())
                    .isEqualTo("send the body with a Content-Length (at most 5000 bytes), not in chunks");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
        try (SampleApi api = SampleApi.start()) {
            // Without a lower upload limit, an article's own limit holds, whatever the body.
            var request = HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                    .header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer " + api.writeToken())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[0])));
            assertThat(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString())
                            .body())
                    .contains("at most 5000000 bytes");
        }
    }
}
