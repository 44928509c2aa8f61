package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.UserError;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.FtmImporter;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.importer.SampleData;
import org.influencegraph.model.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityResolutionTest {

    private Graph graph;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
    }

    private ImportReport importFtm(String name) {
        Path file = TestSupport.fixture("resolve/" + name);
        return new FtmImporter(graph).run(NativeImporter.inputs(List.of(file)), ImportOptions.DEFAULT);
    }

    private List<String> strings(String cypher) {
        return graph.read(cypher, Map.of(), r -> r.get(0).asString());
    }

    private void importBothLists() {
        assertThat(importFtm("first.ftm.json").problems()).isEmpty();
        assertThat(importFtm("second.ftm.json").problems()).isEmpty();
    }

    @Test
    void spellings_scripts_and_word_orders_of_one_person_from_two_data_sets_end_up_as_one_entity() {
        importBothLists();

        assertThat(strings("MATCH (p:Person) RETURN p.id + ' | ' + p.name + ' | ' + "
                        + "reduce(s = '', x IN coalesce(p.externalIds, []) | s + x + ';') ORDER BY p.id"))
                .containsExactly(
                        "first-lukashenko | Alexander Lukashenko | second-lukaschenko;",
                        "first-oreshkin | Dmitry Oreshkin | ",
                        "first-tikhanovskaya | Svetlana Tikhanovskaya | "
                                + "second-tsikhanouskaya;second-tsikhanouska;second-ru-spelling;",
                        "second-oreshkin | Andrei Oreshkin | ",
                        "second-viktor | Viktor Lukashenko | ");
        assertThat(strings("MATCH (p:Person {id: 'first-tikhanovskaya'}) UNWIND p.aliases AS a RETURN a ORDER BY a"))
                .containsExactly(
                        "Sviatlana Tsikhanouskaya",
                        "Tsikhanouska, Sviatlana",
                        "Светлана Георгиевна Тихановская",
                        "Светлана Тихановская",
                        "Святлана Ціханоўская");
        assertThat(strings("MATCH (o:Organization) RETURN o.id + ' | ' + reduce(s = '', x IN o.externalIds | s + x)"))
                .containsExactly("first-belaruskali | second-belaruskali");
    }

    @Test
    void importing_a_data_set_again_changes_nothing() {
        importBothLists();
        String before = TestNeo4j.fingerprint(graph);

        ImportReport again = importFtm("second.ftm.json");

        assertThat(again.total().created() + again.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void search_ranks_every_spelling_and_a_name_being_typed() {
        importBothLists();
        EntitySearch search = new EntitySearch(graph);

        for (String q : List.of(
                "Tikhanovskaya",
                "Tsikhanouskaja",
                "Тихановская",
                "Ціханоўская",
                "tikhan",
                "TSIKHANOUSKAYA, Sviatlana",
                "first-tikhanovskaya")) {
            List<EntitySearch.Match> found = search.search(q, null, 5);
            assertThat(found).as(q).isNotEmpty();
            assertThat(found.get(0).id()).as(q).isEqualTo("first-tikhanovskaya");
            assertThat(found.get(0).score()).as(q).isGreaterThanOrEqualTo(0.85);
        }
        List<EntitySearch.Match> lukashenkos = search.search("Lukashenko", EntityType.PERSON, 5);
        assertThat(lukashenkos)
                .extracting(EntitySearch.Match::id)
                .containsExactlyInAnyOrder("first-lukashenko", "second-viktor");
        assertThat(search.search("Lukashenko", EntityType.ORGANIZATION, 5)).isEmpty();
        assertThat(search.search("Alexander Lukaschenka", null, 5).get(0).id()).isEqualTo("first-lukashenko");
        assertThat(search.search("Belaruskali", null, 5))
                .extracting(EntitySearch.Match::id)
                .containsExactly("first-belaruskali");
    }

    @Test
    void two_people_who_share_a_surname_are_kept_apart_and_not_proposed() {
        importBothLists();

        assertThat(new DuplicateFinder(graph).find(null, DuplicateFinder.DEFAULT_MIN_SCORE, 50))
                .isEmpty();
        // The Lukashenkos' birth dates differ: never one person. The Oreshkins share a surname and nothing else.
        List<DuplicateFinder.Pair> weak = new DuplicateFinder(graph).find(EntityType.PERSON, 0.0, 50);
        assertThat(weak)
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactly("first-oreshkin|second-oreshkin");
        assertThat(weak.get(0).score()).isEqualTo(0.6);
    }

    @Test
    void the_two_oreshkins_of_the_sample_are_proposed_with_their_evidence_not_merged() {
        SampleData.loadIfEmpty(graph);

        List<DuplicateFinder.Pair> pairs = new DuplicateFinder(graph).find(null, DuplicateFinder.DEFAULT_MIN_SCORE, 50);

        assertThat(pairs)
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactly("andrei-oreshkin|dmitry-oreshkin");
        DuplicateFinder.Pair pair = pairs.get(0);
        assertThat(pair.nameScore()).isEqualTo(0.6);
        assertThat(pair.evidence())
                .contains(
                        "recorded as possibly the same (POSSIBLY_SAME_AS)",
                        "both mentioned in wtn-2024-putin-seeks-belarusian-support");
        assertThat(strings("MATCH (p:Person) WHERE p.id ENDS WITH 'oreshkin' RETURN p.id ORDER BY p.id"))
                .containsExactly("andrei-oreshkin", "dmitry-oreshkin");
    }

    @Test
    void a_merge_then_its_undo_leaves_the_graph_exactly_as_it_was() {
        SampleData.loadIfEmpty(graph);
        String before = TestNeo4j.fingerprint(graph);
        Merges merges = new Merges(graph);

        long relationships = graph.read(
                        "MATCH (:Person {id: 'andrei-oreshkin'})-[r]-() RETURN count(r) AS n", Map.of(), r -> r.get("n")
                                .asLong())
                .get(0);

        Merges.Merge merge = merges.merge("dmitry-oreshkin", "andrei-oreshkin", "one man, two first names");

        assertThat(merge.dropped())
                .as("the possibly-same-as tie between the two")
                .isEqualTo(1);
        assertThat(merge.moved() + merge.kept() + merge.dropped()).isEqualTo(relationships);
        assertThat(merge.kept()).as("both are mentioned in the same article").isEqualTo(1);
        assertThat(strings("MATCH (p:Person) WHERE p.id ENDS WITH 'oreshkin' RETURN p.id"))
                .containsExactly("dmitry-oreshkin");
        assertThat(strings("MATCH (p:Person {id: 'dmitry-oreshkin'}) UNWIND p.aliases AS a RETURN a ORDER BY a"))
                .contains("Andrei Oreshkin", "Andrey Oreshkin");
        assertThat(new ActorResolver(graph).resolve("Andrei Oreshkin").id()).isEqualTo("dmitry-oreshkin");
        assertThat(merges.list(10)).extracting(Merges.Entry::id).containsExactly(merge.id());

        Merges.Undo undo = merges.undo(merge.id());

        assertThat(undo.restored()).isEqualTo("andrei-oreshkin");
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(before);
    }

    @Test
    void a_merge_survives_a_re_import_and_later_merges_are_undone_first() {
        importBothLists();
        Merges merges = new Merges(graph);
        Merges.Merge first = merges.merge("first-oreshkin", "second-oreshkin", null);
        String merged = TestNeo4j.fingerprint(graph);

        importFtm("second.ftm.json");

        assertThat(TestNeo4j.fingerprint(graph))
                .as("the re-import finds the survivor by the absorbed id")
                .isEqualTo(merged);
        Merges.Merge second = merges.merge("first-oreshkin", "second-viktor", null);
        assertThatThrownBy(() -> merges.undo(first.id()))
                .isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("kind", UserError.Kind.CONFLICT)
                .hasMessage("merge " + second.id() + " changed 'first-oreshkin' after this one: undo it first");
        merges.undo(second.id());
        merges.undo(first.id());
        assertThatThrownBy(() -> merges.undo(first.id())).hasMessageContaining("no merge with id");
        assertThatThrownBy(() -> merges.merge("first-oreshkin", "first-belaruskali", null))
                .hasMessage(
                        "'first-belaruskali' is an organization and 'first-oreshkin' a person: only entities of one "
                                + "type merge");
    }

    @Test
    void a_pair_marked_as_two_is_never_proposed_again() {
        SampleData.loadIfEmpty(graph);
        Merges merges = new Merges(graph);

        merges.markDistinct("andrei-oreshkin", "dmitry-oreshkin", "checked: the article's mistake, but keep both");

        assertThat(new DuplicateFinder(graph).find(null, 0.0, 500))
                .noneMatch(p -> p.a().id().endsWith("oreshkin") && p.b().id().endsWith("oreshkin"));
        assertThatThrownBy(() -> merges.markDistinct("andrei-oreshkin", "nobody", null))
                .hasMessage("no entity with id 'andrei-oreshkin' or 'nobody'");
    }
}
