package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.influencegraph.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityApiTest {

    private static SampleApi api;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode get(String path, int status) throws Exception {
        return api.json(path, status);
    }

    private static JsonNode post(String path, String body, int status) throws Exception {
        return api.postJson(path, body, status);
    }

    @Test
    void search_finds_a_person_by_any_spelling_and_ranks_with_a_score() throws Exception {
        for (String spelling :
                List.of("Tsikhanouskaja", "Тихановская", "Svetlana Tikhanovskaya", "sviatlana tsikhan")) {
            JsonNode matches =
                    get("/api/entities?q=" + SampleApi.q(spelling), 200).get("matches");
            assertThat(matches.get(0).get("id").asText()).as(spelling).isEqualTo("sviatlana-tsikhanouskaya");
            assertThat(matches.get(0).get("type").asText()).isEqualTo("person");
            assertThat(matches.get(0).get("score").asDouble()).isBetween(0.85, 1.0);
            assertThat(matches.get(0).get("aliases").toString()).contains("Tikhanovskaya");
        }
        JsonNode people =
                get("/api/entities?q=Oreshkin&type=person&limit=5", 200).get("matches");
        assertThat(SampleApi.texts(people, "id")).containsExactlyInAnyOrder("andrei-oreshkin", "dmitry-oreshkin");
        assertThat(get("/api/entities?q=" + SampleApi.q("Lukaschenka"), 200)
                        .get("matches")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo("alexander-lukashenko");
        // A word too long for a fuzzy automaton is looked up by its beginning; a paragraph pasted in is refused.
        assertThat(get("/api/entities?q=" + "q".repeat(150), 200).get("matches").size())
                .isZero();
        assertThat(get("/api/entities?q=" + SampleApi.q("Lukashenko" + "a".repeat(100)), 200)
                        .get("matches"))
                .isNotNull();
        assertThat(get("/api/entities?q=" + "q".repeat(5_000), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("parameter 'q' is longer than 200 characters");
    }

    @Test
    void an_entity_comes_with_its_ties_events_and_sources() throws Exception {
        JsonNode e = get("/api/entities/franak-viacorka", 200);

        assertThat(e.get("name").asText()).isEqualTo("Franak Viacorka");
        assertThat(e.get("tieCount").asLong()).isEqualTo(e.get("ties").size());
        assertThat(e.get("ties").get(0).get("type").asText()).isEqualTo("advises");
        assertThat(e.get("ties").get(0).get("other").asText()).isEqualTo("sviatlana-tsikhanouskaya");
        assertThat(e.get("ties").get(0).get("outgoing").asBoolean()).isTrue();
        assertThat(e.get("ties").get(0).get("source").asText()).isEqualTo("bne-2021-11-19-putin-dialogue");
        assertThat(SampleApi.texts(e.get("sources"), "id")).contains("bne-2021-11-19-putin-dialogue");
        assertThat(get("/api/entities/nobody", 404).get("detail").asText()).isEqualTo("no entity with id 'nobody'");
    }

    @Test
    void a_duplicate_pair_is_listed_merged_and_undone_over_http() throws Exception {
        String before = TestNeo4j.fingerprint(api.app().graph());
        JsonNode pairs = get("/api/duplicates", 200).get("pairs");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("a").get("id").asText() + "|"
                        + pairs.get(0).get("b").get("id").asText())
                .isEqualTo("andrei-oreshkin|dmitry-oreshkin");

        JsonNode merge = post("/api/entities/dmitry-oreshkin/merge", "{\"other\": \"andrei-oreshkin\"}", 200);
        assertThat(get("/api/entities/andrei-oreshkin", 404)).isNotNull();
        assertThat(get("/api/duplicates", 200).get("pairs")).isEmpty();
        assertThat(SampleApi.texts(get("/api/merges", 200).get("merges"), "id"))
                .containsExactly(merge.get("id").asText());

        JsonNode undo = post("/api/merges/" + merge.get("id").asText() + "/undo", "", 200);
        assertThat(undo.get("restored").asText()).isEqualTo("andrei-oreshkin");
        assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        assertThat(post("/api/merges/" + merge.get("id").asText() + "/undo", "", 404)
                        .get("error")
                        .asText())
                .isEqualTo("not found");
    }

    @Test
    void the_review_says_it_is_ready_and_when_it_was_computed_and_the_api_document_tells_of_computing()
            throws Exception {
        JsonNode first = get("/api/duplicates?wait=60", 200);
        assertThat(first.get("status").asText()).isEqualTo("ready");
        assertThat(first.get("computedAt").asText()).isNotBlank();
        // The graph is as it was: the kept review answers.
        assertThat(get("/api/duplicates?wait=0&type=person", 200)
                        .get("computedAt")
                        .asText())
                .isEqualTo(first.get("computedAt").asText());
        assertThat(get("/api/duplicates?wait=500", 400).get("detail").asText()).startsWith("parameter 'wait' must be");
        JsonNode doc = get("/api/openapi.json", 200);
        JsonNode responses = doc.get("paths").get("/api/duplicates").get("get").get("responses");
        assertThat(responses.has("202")).isTrue();
        assertThat(responses.get("202").get("description").asText()).startsWith("the review of the graph as it is");
    }

    @Test
    void a_rejected_pair_is_not_proposed_again_and_bad_requests_are_named() throws Exception {
        post("/api/duplicates/reject", "{\"a\": \"dmitry-oreshkin\", \"b\": \"andrei-oreshkin\"}", 200);
        try {
            JsonNode pairs = get("/api/duplicates?minScore=0.5&limit=500", 200).get("pairs");
            assertThat(pairs)
                    .isNotEmpty()
                    .noneMatch(p -> p.get("a").get("id").asText().endsWith("oreshkin")
                            && p.get("b").get("id").asText().endsWith("oreshkin"));
        } finally {
            api.app().graph().write("MATCH (d:Distinct) DELETE d", java.util.Map.of(), r -> null);
        }
        assertThat(get("/api/entities", 400).get("detail").asText())
                .isEqualTo("parameter 'q' (a name, a spelling or an id) is required");
        assertThat(get("/api/entities?q=x&type=ship", 400).get("detail").asText())
                .isEqualTo("parameter 'type' must be person, organization or place, not 'ship'");
        assertThat(get("/api/duplicates?minScore=2", 400).get("detail").asText())
                .isEqualTo("parameter 'minScore' must be a number from 0 to 1, not '2'");
        assertThat(post("/api/entities/dmitry-oreshkin/merge", "{}", 400)
                        .get("detail")
                        .asText())
                .isEqualTo("field 'other' (the id of the entity to fold in) is required");
        assertThat(post("/api/entities/dmitry-oreshkin/merge", "not json", 400)
                        .get("detail")
                        .asText())
                .startsWith("expected a JSON object");
        assertThat(post("/api/entities/dmitry-oreshkin/merge", "{\"other\": \"minsk\"}", 400)
                        .get("detail")
                        .asText())
                .isEqualTo("'minsk' is a place and 'dmitry-oreshkin' a person: only entities of one type merge");
        assertThat(post("/api/entities/nobody/merge", "{\"other\": \"minsk\"}", 404)
                        .get("detail")
                        .asText())
                .isEqualTo("no entity with id 'nobody'");
    }
}
