package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Facts the extractor is not sure of: held as candidates, listed by the {@code candidates} query and by no other,
 * accepted or rejected over HTTP, and the decisions kept when the article changes.
 */
class CandidateApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = ArticleApiTest.STORY
            + "Angela Merkel called for a dialogue between Alexander Lukashenko and Sviatlana Tsikhanouskaya.\n";
    private static final String ARTICLE = ArticleApiTest.STORY_ID;
    private static final String SUPPORTS = "candidate-ce3e61bf828d8c1c";
    private static final String OPPOSES = "candidate-c7d7259217879dac";
    private static final String APPEAL = "candidate-e61c7f5ff62ff292";
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private static SampleApi withStory() throws Exception {
        SampleApi api = SampleApi.start();
        var posted = ArticleApiTest.postText(api, ArticleApiTest.STORY_PARAMS, "text/plain", STORY);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return api;
    }

    /** Each candidate a line: id, kind, type, claim, actors, quote, confidence, status, source and its title. */
    private static List<String> candidates(SampleApi api, String query) throws Exception {
        List<String> lines = new ArrayList<>();
        api.json("/api/queries/candidates" + query, 200)
                .get("rows")
                .forEach(r -> lines.add(String.join(
                        " | ",
                        r.get("id").asText(),
                        r.get("kind").asText(),
                        r.get("type").asText(),
                        r.get("claim").asText(),
                        r.get("actors").toString(),
                        r.get("quote").asText(),
                        r.get("confidence").asText(),
                        r.get("status").asText(),
                        r.get("source").asText(),
                        r.get("title").asText())));
        return lines;
    }

    private static String line(
            String id,
            String kind,
            String type,
            String claim,
            String actors,
            String quote,
            String confidence,
            String status) {
        return String.join(
                " | ",
                id,
                kind,
                type,
                claim,
                actors,
                quote,
                confidence,
                status,
                ARTICLE,
                "Minsk leader steps in as go-between");
    }

    private static final String SUPPORTS_OPEN = line(
            SUPPORTS,
            "tie",
            "supports",
            "Angela Merkel supports Emmanuel Macron",
            "[\"angela-merkel\",\"emmanuel-macron\"]",
            "Angela Merkel backed Emmanuel Macron.",
            "0.65",
            "open");
    private static final String OPPOSES_OPEN = line(
            OPPOSES,
            "tie",
            "opposes",
            "Xavier Bettel opposes Viktor Orban",
            "[\"xavier-bettel\",\"viktor-orban\"]",
            "Xavier Bettel opposed Viktor Orban.",
            "0.65",
            "open");
    private static final String APPEAL_OPEN = line(
            APPEAL,
            "event",
            "appeal",
            "Angela Merkel calls on Alexander Lukashenko",
            "[\"angela-merkel\",\"alexander-lukashenko\",\"sviatlana-tsikhanouskaya\"]",
            "Angela Merkel called for a " + "dialogue between Alexander Lukashenko and Sviatlana Tsikhanouskaya.",
            "0.6",
            "open");

    private static Map<String, Object> tie(SampleApi api, String from, String type, String to) {
        List<Map<String, Object>> found = api.app()
                .graph()
                .read(
                        "MATCH (:Entity {id: $from})-[t:$($type)]->"
                                + "(:Entity {id: $to}) WHERE t.source = $article RETURN properties(t) AS t",
                        Map.of("from", from, "type", type, "to", to, "article", ARTICLE),
                        r -> new TreeMap<>(r.get("t").asMap()));
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void facts_below_the_threshold_are_listed_for_review_and_seen_by_no_other_query() throws Exception {
        try (SampleApi api = withStory()) {
            // The least sure first; for one article, in reading order.
            assertThat(candidates(api, "")).containsExactly(APPEAL_OPEN, SUPPORTS_OPEN, OPPOSES_OPEN);
            assertThat(candidates(api, "?source=" + ARTICLE)).containsExactly(SUPPORTS_OPEN, OPPOSES_OPEN, APPEAL_OPEN);
            assertThat(candidates(api, "?source=" + ARTICLE + "&limit=1")).containsExactly(SUPPORTS_OPEN);
            assertThat(candidates(api, "?source=article-0000000000000000")).isEmpty();
            assertThat(candidates(api, "?status=accepted")).isEmpty();

            // The actors are in the graph, mentioned by the article; the facts about them are not.
            for (String actor : List.of("angela-merkel", "emmanuel-macron", "xavier-bettel", "viktor-orban")) {
                assertThat(api.json("/api/queries/network?name=" + actor, 200)
                                .get("rows")
                                .size())
                        .as(actor)
                        .isZero();
                assertThat(api.json("/api/queries/timeline?name=" + actor, 200)
                                .get("rows")
                                .size())
                        .as(actor)
                        .isZero();
                assertThat(SampleApi.texts(
                                api.json("/api/queries/sources?name=" + actor, 200)
                                        .get("rows"),
                                "claim"))
                        .as(actor)
                        .containsExactly("mentioned");
                JsonNode entity = api.json("/api/entities/" + actor, 200);
                assertThat(entity.get("ties").size() + entity.get("events").size())
                        .as(actor)
                        .isZero();
            }
            assertThat(api.json("/api/queries/influence?name=alexander-lukashenko", 200)
                            .toString())
                    .doesNotContain("Angela Merkel called for a dialogue");
            // The whole graph exported: no candidate, and no edge between the actors of one.
            assertThat(TestSupport.get(api.base() + "/api/graph?format=gexf").body())
                    .doesNotContain("candidate-")
                    .doesNotContain("Candidate")
                    .doesNotContain("source=\"angela-merkel\" target=\"emmanuel-macron\"")
                    .doesNotContain("source=\"xavier-bettel\" target=\"viktor-orban\"");
            assertThat(api.app().graph().read("MATCH (c:Candidate)--() RETURN count(*) AS n", Map.of(), r -> r.get("n")
                            .asLong()))
                    .containsExactly(0L);
        }
    }

    @Test
    void accepting_writes_the_fact_rejecting_writes_nothing_and_a_new_version_of_the_article_keeps_both_decisions()
            throws Exception {
        try (SampleApi api = withStory()) {
            JsonNode accepted = api.postJson(
                    "/api/candidates/" + SUPPORTS + "/accept", "{\"note\": \"confirmed by her office\"}", 200);

            assertThat(accepted.get("reviewedAt").asText()).matches(TIMESTAMP);
            ((com.fasterxml.jackson.databind.node.ObjectNode) accepted).remove("reviewedAt");
            assertThat(accepted).isEqualTo(JSON.readTree("""
                    {"id": "candidate-ce3e61bf828d8c1c", "status": "accepted", "kind": "tie", "type": "supports",
                     "actors": ["angela-merkel", "emmanuel-macron"], "event": null, "note": "confirmed by her office",
                     "changed": true}
                    """));
            Map<String, Object> supports = Map.of(
                    "source",
                    ARTICLE,
                    "key",
                    ARTICLE,
                    "quote",
                    "Angela Merkel backed Emmanuel Macron.",
                    "producer",
                    "extractor/rules-3:patterns.supports-1+corenlp-4.5.10",
                    "confidence",
                    0.65,
                    "sentence",
                    3L,
                    "startOffset",
                    228L,
                    "endOffset",
                    265L,
                    "reviewed",
                    "accepted");
            assertThat(tie(api, "angela-merkel", "SUPPORTS", "emmanuel-macron")).isEqualTo(new TreeMap<>(supports));
            assertThat(candidates(api, "")).containsExactly(APPEAL_OPEN, OPPOSES_OPEN);
            assertThat(candidates(api, "?status=accepted"))
                    .containsExactly(SUPPORTS_OPEN.replace(" | open | ", " | accepted | "));
            JsonNode network =
                    api.json("/api/queries/network?name=angela-merkel", 200).get("rows");
            assertThat(network.size()).isEqualTo(1);
            assertThat(network.get(0).get("neighbour").get("id").asText()).isEqualTo("emmanuel-macron");
            assertThat(network.get(0).get("links").get(0).get("link").asText()).isEqualTo("supports");
            assertThat(TestSupport.get(api.base() + "/api/graph?format=gexf").body())
                    .contains("source=\"angela-merkel\" target=\"emmanuel-macron\" label=\"supports\"");

            // Accepting again changes nothing; nor does rejecting a rejected one.
            String afterAccept = TestNeo4j.fingerprint(api.app().graph());
            JsonNode again = api.postJson("/api/candidates/" + SUPPORTS + "/accept", "{\"note\": \"again\"}", 200);
            assertThat(again.get("changed").asBoolean()).isFalse();
            assertThat(again.get("note").asText()).isEqualTo("confirmed by her office");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(afterAccept);

            JsonNode rejected = api.postJson("/api/candidates/" + OPPOSES + "/reject", "", 200);
            assertThat(rejected.get("reviewedAt").asText()).matches(TIMESTAMP);
            ((com.fasterxml.jackson.databind.node.ObjectNode) rejected).remove("reviewedAt");
            assertThat(rejected).isEqualTo(JSON.readTree("""
                    {"id": "candidate-c7d7259217879dac", "status": "rejected", "kind": "tie", "type": "opposes",
                     "actors": ["xavier-bettel", "viktor-orban"], "event": null, "note": null, "changed": true}
                    """));
            assertThat(tie(api, "xavier-bettel", "OPPOSES", "viktor-orban")).isNull();
            assertThat(candidates(api, "?status=rejected"))
                    .containsExactly(OPPOSES_OPEN.replace(" | open | ", " | rejected | "));
            String afterReject = TestNeo4j.fingerprint(api.app().graph());
            assertThat(api.postJson("/api/candidates/" + OPPOSES + "/reject", "", 200)
                            .get("changed")
                            .asBoolean())
                    .isFalse();

            // Decided the other way: 409, and nothing changes.
            assertThat(api.postJson("/api/candidates/" + OPPOSES + "/accept", "", 409)
                            .get("detail")
                            .asText())
                    .isEqualTo("candidate 'candidate-c7d7259217879dac' was rejected; it cannot be accepted");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/reject", "", 409)
                            .get("detail")
                            .asText())
                    .isEqualTo("candidate 'candidate-ce3e61bf828d8c1c' was accepted; its fact is in the graph");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(afterReject);

            // An event: the event and every actor's part, with the article as their source.
            JsonNode appeal = api.postJson("/api/candidates/" + APPEAL + "/accept", "", 200);
            assertThat(appeal.get("event").asText()).isEqualTo("event-e61c7f5ff62ff292");
            assertThat(api.app()
                            .graph()
                            .read(
                                    "MATCH (a:Entity)-[p]->(e:Event {id: 'event-e61c7f5ff62ff292'})"
                                            + "-[r:REPORTED_IN]->(s:Source) RETURN a.id + ' ' + type(p) + ' ' + e.type + ' ' + e.date + ' '"
                                            + " + p.source + ' ' + p.reviewed + ' ' + r.reviewed + ' ' + s.id AS x ORDER BY x",
                                    Map.of(),
                                    r -> r.get("x").asString()))
                    .containsExactly(
                            "alexander-lukashenko TARGET appeal 2023-06-25 " + ARTICLE + " accepted accepted "
                                    + ARTICLE,
                            "angela-merkel INITIATOR appeal 2023-06-25 " + ARTICLE + " accepted accepted " + ARTICLE,
                            "sviatlana-tsikhanouskaya TARGET appeal 2023-06-25 " + ARTICLE + " accepted accepted "
                                    + ARTICLE);
            String decided = TestNeo4j.fingerprint(api.app().graph());

            // A new version of the article (one more sentence): the open candidates are read again, the rejected
            // one stays rejected and out of the graph, the accepted ones are facts again.
            var updated = ArticleApiTest.postText(
                    api, ArticleApiTest.STORY_PARAMS, "text/plain", STORY + "Olaf Scholz backed Emmanuel Macron.\n");
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
            JsonNode summary = JSON.readTree(updated.body());
            assertThat(summary.get("replaced").asBoolean()).isTrue();
            assertThat(summary.get("added").get("ties").toString())
                    .isEqualTo("[\"Alexander Lukashenko leads Belarus\","
                            + "\"Yevgeny Prigozhin leads Wagner Group\","
                            + "\"Angela Merkel supports Emmanuel Macron\"]");
            assertThat(summary.get("added").get("events").toString())
                    .isEqualTo("[{\"type\":\"mediation\",\"title\":"
                            + "\"Alexander Lukashenko mediates between Yevgeny Prigozhin and Vladimir Putin\"},{\"type\":\"appeal\","
                            + "\"title\":\"Angela Merkel calls on Alexander Lukashenko\"}]");
            assertThat(summary.get("candidates").asInt()).isEqualTo(1);
            String scholz =
                    summary.get("added").get("candidates").get(0).get("id").asText();
            assertThat(candidates(api, ""))
                    .containsExactly(line(
                            scholz,
                            "tie",
                            "supports",
                            "Olaf Scholz supports Emmanuel Macron",
                            "[\"olaf-scholz\",\"emmanuel-macron\"]",
                            "Olaf Scholz backed Emmanuel Macron.",
                            "0.65",
                            "open"));
            assertThat(candidates(api, "?status=rejected"))
                    .containsExactly(OPPOSES_OPEN.replace(" | open | ", " | rejected | "));
            assertThat(candidates(api, "?status=accepted"))
                    .containsExactly(
                            APPEAL_OPEN.replace(" | open | ", " | accepted | "),
                            SUPPORTS_OPEN.replace(" | open | ", " | accepted | "));
            assertThat(tie(api, "angela-merkel", "SUPPORTS", "emmanuel-macron")).isEqualTo(new TreeMap<>(supports));
            assertThat(tie(api, "xavier-bettel", "OPPOSES", "viktor-orban")).isNull();
            assertThat(tie(api, "olaf-scholz", "SUPPORTS", "emmanuel-macron")).isNull();

            // The article as it was, once more: the graph is as it was after the decisions.
            ArticleApiTest.postText(api, ArticleApiTest.STORY_PARAMS, "text/plain", STORY);
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(decided);
        }
    }

    @Test
    void a_reviewer_corrects_the_parties_roles_title_and_type_before_accepting_and_the_next_reading_keeps_it()
            throws Exception {
        try (SampleApi api = withStory()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            // Wrong corrections: nothing is written, the candidate stays open.
            assertThat(api.postJson(
                                    "/api/candidates/" + APPEAL + "/accept",
                                    "{\"actors\": [\"angela-merkel\"], " + "\"roles\": [\"mediator\", \"party\"]}",
                                    400)
                            .get("detail")
                            .asText())
                    .isEqualTo("fields 'actors' and 'roles': one role an actor (1 actors, 2 roles)");
            assertThat(api.postJson(
                                    "/api/candidates/" + APPEAL + "/accept",
                                    "{\"actors\": [\"angela-merkel\", "
                                            + "\"nobody-at-all\"], \"roles\": [\"mediator\", \"party\"]}",
                                    404)
                            .get("detail")
                            .asText())
                    .isEqualTo("no entity with id 'nobody-at-all' (field 'actors')");
            assertThat(api.postJson(
                                    "/api/candidates/" + APPEAL + "/accept",
                                    "{\"roles\": [\"judge\", \"party\", " + "\"party\"]}",
                                    400)
                            .get("detail")
                            .asText())
                    .startsWith("field 'roles': unknown role 'judge'; one of " + "mediator, party, participant");
            assertThat(api.postJson("/api/candidates/" + APPEAL + "/accept", "{\"type\": \"picnic\"}", 400)
                            .get("detail")
                            .asText())
                    .startsWith("field 'type': unknown event type 'picnic'; one of ");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/accept", "{\"title\": \"x\"}", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("a tie takes only 'actors' (its two ends) as a correction");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/accept", "{\"actors\": \"angela-merkel\"}", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("field 'actors' must be a list of strings");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);

            // The appeal read as a mediation by Merkel between Lukashenko and Tsikhanouskaya, under a new title.
            JsonNode accepted = api.postJson(
                    "/api/candidates/" + APPEAL + "/accept",
                    "{\"note\": \"she mediated\", "
                            + "\"actors\": [\"angela-merkel\", \"Lukashenko\", \"sviatlana-tsikhanouskaya\"], "
                            + "\"roles\": [\"mediator\", \"party\", \"party\"], \"title\": \" Merkel's Minsk talks \", "
                            + "\"type\": \"mediation\"}",
                    404);
            assertThat(accepted.get("detail").asText()).isEqualTo("no entity with id 'Lukashenko' (field 'actors')");
            accepted = api.postJson(
                    "/api/candidates/" + APPEAL + "/accept",
                    "{\"note\": \"she mediated\", "
                            + "\"actors\": [\"angela-merkel\", \"alexander-lukashenko\", \"sviatlana-tsikhanouskaya\"], "
                            + "\"roles\": [\"mediator\", \"party\", \"party\"], \"title\": \" Merkel's Minsk talks \", "
                            + "\"type\": \"mediation\"}",
                    200);
            ((com.fasterxml.jackson.databind.node.ObjectNode) accepted).remove("reviewedAt");
            assertThat(accepted).isEqualTo(JSON.readTree("""
                    {"id": "candidate-e61c7f5ff62ff292", "status": "accepted", "kind": "event", "type": "mediation",
                     "actors": ["angela-merkel", "alexander-lukashenko", "sviatlana-tsikhanouskaya"],
                     "event": "event-e61c7f5ff62ff292", "note": "she mediated", "changed": true}
                    """));
            String facts = "MATCH (a:Entity)-[p]->(e:Event {id: 'event-e61c7f5ff62ff292'}) RETURN a.id + ' ' + type(p)"
                    + " + ' ' + e.type + ' ' + e.title + ' ' + p.reviewed AS x ORDER BY x";
            List<String> corrected = List.of(
                    "alexander-lukashenko PARTY mediation Merkel's Minsk talks accepted",
                    "angela-merkel MEDIATOR mediation Merkel's Minsk talks accepted",
                    "sviatlana-tsikhanouskaya PARTY mediation Merkel's Minsk talks accepted");
            assertThat(api.app().graph().read(facts, Map.of(), r -> r.get("x").asString()))
                    .isEqualTo(corrected);
            JsonNode mediations =
                    api.json("/api/queries/mediators?name=angela-merkel", 200).get("rows");
            assertThat(mediations.size()).isEqualTo(1);
            assertThat(mediations.get(0).get("event").get("name").asText()).isEqualTo("Merkel's Minsk talks");
            assertThat(candidates(api, "?status=accepted"))
                    .containsExactly(line(
                            APPEAL,
                            "event",
                            "mediation",
                            "Merkel's Minsk talks",
                            "[\"angela-merkel\",\"alexander-lukashenko\",\"sviatlana-tsikhanouskaya\"]",
                            "Angela Merkel called for a dialogue between Alexander Lukashenko and Sviatlana Tsikhanouskaya.",
                            "0.6",
                            "accepted"));

            // A decided candidate takes no correction; accepting it again changes nothing.
            assertThat(api.postJson("/api/candidates/" + APPEAL + "/accept", "{\"title\": \"other\"}", 409)
                            .get("detail")
                            .asText())
                    .isEqualTo("candidate 'candidate-e61c7f5ff62ff292' was accepted already; "
                            + "a correction applies only to an open candidate");
            String decided = TestNeo4j.fingerprint(api.app().graph());
            assertThat(api.postJson("/api/candidates/" + APPEAL + "/accept", "", 200)
                            .get("changed")
                            .asBoolean())
                    .isFalse();
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(decided);

            // A new version of the article: the corrected fact is written again, not what the extractor read.
            var updated = ArticleApiTest.postText(
                    api, ArticleApiTest.STORY_PARAMS, "text/plain", STORY + "Olaf Scholz backed Emmanuel Macron.\n");
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
            assertThat(api.app().graph().read(facts, Map.of(), r -> r.get("x").asString()))
                    .isEqualTo(corrected);
        }
    }

    @Test
    void a_decision_needs_the_write_token_and_an_existing_candidate() throws Exception {
        try (SampleApi api = withStory()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            for (String path :
                    List.of("/api/candidates/" + SUPPORTS + "/accept", "/api/candidates/" + SUPPORTS + "/reject")) {
                assertThat(TestSupport.post(api.base() + path, "", null).statusCode())
                        .as(path)
                        .isEqualTo(401);
                assertThat(TestSupport.post(api.base() + path, "", api.readToken())
                                .statusCode())
                        .as(path)
                        .isEqualTo(403);
            }
            assertThat(api.postJson("/api/candidates/candidate-0000000000000000/accept", "", 404)
                            .get("detail")
                            .asText())
                    .isEqualTo("no candidate with id 'candidate-0000000000000000'");
            assertThat(api.postJson("/api/candidates/candidate-0000000000000000/reject", "", 404)
                            .get("detail")
                            .asText())
                    .isEqualTo("no candidate with id 'candidate-0000000000000000'");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/accept", "{\"why\": \"x\"}", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("unknown field 'why'; the body takes 'note', 'actors', 'roles', 'title', 'type'");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/reject", "{\"why\": \"x\"}", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("unknown field 'why'; the body takes 'note'");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/accept", "[1]", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("expected a JSON object {\"note\": \"why\"}, or no body");
            assertThat(api.postJson("/api/candidates/" + SUPPORTS + "/reject", "{\"note\": 7}", 400)
                            .get("detail")
                            .asText())
                    .isEqualTo("field 'note' must be a string");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
            assertThat(candidates(api, "")).containsExactly(APPEAL_OPEN, SUPPORTS_OPEN, OPPOSES_OPEN);
        }
    }
}
