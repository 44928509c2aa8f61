package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.query.QueryCatalog;
import org.influencegraph.query.QueryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleImporterTest {

    private static final String STORY = """
            ---
            title: Minsk leader steps in as go-between
            publisher: Test Wire
            date: 2023-06-25
            url: https://example.org/wire/go-between
            ---
            Belarusian President Alexander Lukashenko acted as the intermediary between Yevgeny Prigozhin and \
            Vladimir Putin on Saturday.
            Wagner Group boss Yevgeny Prigozhin agreed to leave for Belarus.
            """;

    private Graph graph;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
    }

    private ImportReport importText(String name, String text) {
        var input =
                new ImportInput(name, () -> new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return new ArticleImporter(graph).run(List.of(input), Map.of(), ImportOptions.DEFAULT);
    }

    @Test
    void an_article_adds_its_facts_to_the_entities_already_in_the_graph_and_a_second_import_changes_nothing() {
        long entitiesBefore = count("MATCH (e:Entity) RETURN count(e) AS n");
        ImportReport report = importText("go-between.md", STORY);
        assertThat(report.problems()).isEmpty();

        // Lukashenko, Putin, Prigozhin and Wagner are the curated entities: no new person, one source more.
        assertThat(count("MATCH (e:Entity) RETURN count(e) AS n")).isEqualTo(entitiesBefore);
        var mediators = new QueryService(QueryCatalog.load(), graph).run("mediators", Map.of("name", "Prigozhin"));
        var fromArticle = mediators.rows().stream()
                .filter(r -> r.toString().contains("acted as the intermediary"))
                .toList();
        assertThat(fromArticle).hasSize(1);
        assertThat(fromArticle.get(0).toString())
                .contains("Alexander Lukashenko", "Vladimir Putin", "Yevgeny Prigozhin", "Test Wire");
        // The fact names the rule that read it.
        assertThat(graph.read(
                        "MATCH (:Entity {id: 'yevgeny-prigozhin'})-[t:LEADS]->(:Entity {id: 'wagner-group'}) "
                                + "WHERE t.producer STARTS WITH 'extractor/' RETURN t.producer AS p",
                        Map.of(),
                        r -> r.get("p").asString()))
                .containsExactly(LEADS_PRODUCER);
        // A tie keeps where its sentence is in the article, beside the tie's own dates.
        String text = ArticleReader.read(
                        "x.md", STORY.getBytes(StandardCharsets.UTF_8), ArticleReader.Format.MARKDOWN, Map.of())
                .text();
        String sentence = "Wagner Group boss Yevgeny Prigozhin agreed to leave for Belarus.";
        assertThat(graph.read(
                        "MATCH (:Entity {id: 'yevgeny-prigozhin'})-[t:LEADS {producer: $producer}]->() "
                                + "RETURN [t.startOffset, t.endOffset, t.start] AS at",
                        Map.of("producer", LEADS_PRODUCER),
                        r -> r.get("at").asList()))
                .containsExactly(java.util.Arrays.asList(
                        (long) text.indexOf(sentence), (long) (text.indexOf(sentence) + sentence.length()), null));

        String after = TestNeo4j.fingerprint(graph);
        importText("go-between.md", STORY);
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(after);
    }

    @Test
    void an_updated_article_replaces_what_it_asserted_and_nothing_else() {
        String before = TestNeo4j.fingerprint(graph);
        importText("go-between.md", STORY);
        importText(
                "go-between.md",
                STORY.replace(
                        "Wagner Group boss Yevgeny Prigozhin agreed to leave for Belarus.",
                        "Prigozhin later met Putin."));

        // Prigozhin's lead of Wagner went with its sentence; Lukashenko's title, in the sentence kept, stays.
        assertThat(graph.read(
                        "MATCH (a)-[t:LEADS {source: 'article-" + articleHash() + "'}]->(b) "
                                + "RETURN a.id + ' -> ' + b.id AS tie",
                        Map.of(),
                        r -> r.get("tie").asString()))
                .containsExactly("alexander-lukashenko -> belarus");
        assertThat(count("MATCH (e:Event {type: 'meeting'})-[:REPORTED_IN]->(:Source {url: "
                        + "'https://example.org/wire/go-between'}) RETURN count(e) AS n"))
                .isEqualTo(1);
        assertThat(count("MATCH (e:Event {type: 'mediation'})-[:REPORTED_IN]->(:Source {url: "
                        + "'https://example.org/wire/go-between'}) RETURN count(e) AS n"))
                .isEqualTo(1);

        // Retracting the whole article leaves the curated graph exactly as it was.
        graph.write(
                org.influencegraph.Resources.read("cypher/articles/retract-article.cypher"),
                Map.of("article", "article-" + articleHash()),
                r -> null);
        graph.write(
                "MATCH (s:Source {url: 'https://example.org/wire/go-between'}) DETACH DELETE s", Map.of(), r -> null);
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void a_fact_below_the_threshold_is_held_as_a_candidate_joined_to_nothing_and_not_written_as_a_fact() {
        importText("backing.md", STORY + "Angela Merkel backed Emmanuel Macron.\n");

        assertThat(graph.read(
                        "MATCH (c:Candidate) RETURN c.kind + ' ' + c.type + ' ' + c.actors[0] + ' ' + c.actors[1] "
                                + "+ ' ' + c.status + ' ' + c.confidence + ' ' + c.quote AS c",
                        Map.of(),
                        r -> r.get("c").asString()))
                .containsExactly(
                        "tie supports angela-merkel emmanuel-macron open 0.65 Angela Merkel backed Emmanuel Macron.");
        assertThat(count("MATCH (c:Candidate)--() RETURN count(*) AS n")).isZero();
        assertThat(count("MATCH (:Entity {id: 'angela-merkel'})-[t]-(:Entity) RETURN count(t) AS n"))
                .isZero();
        assertThat(count("MATCH (:Entity {id: 'angela-merkel'})-[:MENTIONED_IN]->(:Source) RETURN count(*) AS n"))
                .isEqualTo(1);
    }

    @Test
    void an_unreadable_file_is_reported_by_name_and_the_others_are_imported() {
        var empty = new ImportInput("empty.txt", () -> new java.io.ByteArrayInputStream(new byte[0]));
        var binary = new ImportInput("photo.html", () -> new java.io.ByteArrayInputStream(new byte[] {1, 0, 2}));
        var good = new ImportInput(
                "go-between.md", () -> new java.io.ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
        ImportReport report =
                new ArticleImporter(graph).run(List.of(empty, binary, good), Map.of(), ImportOptions.DEFAULT);

        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "empty.txt: no text (the file is empty)",
                        "photo.html: binary data, not an article (save the story as text, Markdown or HTML)");
        assertThat(count("MATCH (s:Source {url: 'https://example.org/wire/go-between'}) RETURN count(s) AS n"))
                .isEqualTo(1);
    }

    private static String articleHash() {
        return ArticleReader.read(
                        "x.md", STORY.getBytes(StandardCharsets.UTF_8), ArticleReader.Format.MARKDOWN, Map.of())
                .id()
                .substring("article-".length());
    }

    private static final String LEADS_PRODUCER = "extractor/rules-3:patterns.leads-4+corenlp-4.5.10";

    private long count(String cypher) {
        return graph.read(cypher, Map.of(), r -> r.get("n").asLong()).get(0);
    }

    @Test
    void articles_read_on_several_threads_make_the_same_graph_as_on_one() {
        List<String> stories = List.of(
                STORY,
                "Turkish President Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul. He urged Vladimir Putin "
                        + "to return to talks.\n",
                "Wagner Group boss Yevgeny Prigozhin arrived in Minsk. Belarusian President Alexander Lukashenko "
                        + "met him on Monday. The Belarusian leader later phoned Vladimir Putin.\n",
                "Opposition leader Sviatlana Tsikhanouskaya spoke in Vilnius. Franak Viacorka, a senior adviser to "
                        + "Tsikhanouskaya, said the Belarusian opposition would not talk to the Lukashenko regime.\n");
        List<ImportInput> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            byte[] bytes = stories.get(i).getBytes(StandardCharsets.UTF_8);
            inputs.add(new ImportInput("story-" + i + ".txt", () -> new java.io.ByteArrayInputStream(bytes)));
        }
        new ArticleImporter(graph, 1).run(inputs, Map.of(), ImportOptions.DEFAULT);
        String oneThread = TestNeo4j.fingerprint(graph);

        graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
        new ArticleImporter(graph, 3).run(inputs, Map.of(), ImportOptions.DEFAULT);
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(oneThread);
        // The sample data's, the call to Putin, and the meeting with "him": Prigozhin, not Lukashenko himself.
        assertThat(count("MATCH (:Entity {id: 'alexander-lukashenko'})-[:PARTICIPANT|INITIATOR]->(e:Event) "
                        + "WHERE e.type IN ['meeting', 'phone-call'] RETURN count(e) AS n"))
                .isEqualTo(3);
    }

    @Test
    void an_extractor_failure_is_reported_with_its_message_and_the_place_in_the_projects_code() {
        var failure = new ArrayIndexOutOfBoundsException("Index 1 out of bounds for length 1");
        StackTraceElement here = new Throwable().getStackTrace()[0];
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 427), here
        });
        assertThat(ArticleImporter.failure(failure))
                .isEqualTo("ArrayIndexOutOfBoundsException: Index 1 out of bounds "
                        + "for length 1 at ArticleImporterTest." + here.getMethodName() + ":" + here.getLineNumber());
    }
}
