package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.SampleData;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Peoples, state departments and acronyms linked to the state or body they name, never made new actors. */
class DescribedLinkingTest {

    private Graph graph;
    private EntityMatcher matcher;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
        matcher = new EntityMatcher(graph);
    }

    /** A mention as the extractor writes it, with the kind its rule gave and one alias. */
    private static EntityRecord mention(
            EntityType type, String name, String alias, String kind, String quote, int sentence) {
        return MentionLinkingTest.kinded(type, name, alias, kind, quote, sentence);
    }

    @Test
    void a_people_is_a_mention_of_its_state_never_a_name_of_it() {
        Map<String, String> found = matcher.match(
                List.of(
                        mention(
                                EntityType.ORGANIZATION,
                                "The Estonians",
                                "Estonians",
                                "people",
                                "The Estonians asked for more troops.",
                                0),
                        mention(
                                EntityType.ORGANIZATION,
                                "the Belarusians",
                                "Belarusians",
                                "people",
                                "It was a matter for the Belarusians.",
                                1)),
                Set.of());

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "the-estonians", "estonia",
                        // The sample's state.
                        "the-belarusians", "belarus"));
        List<EntityRecord> references = matcher.takeReferences();
        EntityRecord estonia = references.stream()
                .filter(r -> r.id().equals("estonia"))
                .findFirst()
                .orElseThrow();
        assertThat(estonia.name()).isEqualTo("Estonia");
        assertThat(estonia.mention().details().get("as")).isEqualTo(List.of("The Estonians"));
        assertThat(references).extracting(EntityRecord::name).doesNotContain("The Estonians", "the Belarusians");
    }

    @Test
    void a_department_by_its_short_form_is_the_reference_lists_body_on_any_graph() {
        Map<String, String> found = matcher.match(
                List.of(mention(
                        EntityType.ORGANIZATION,
                        "The State Department",
                        "State Department",
                        "described",
                        "The State Department said it would press for access.",
                        0)),
                Set.of());

        assertThat(found).containsExactlyEntriesOf(Map.of("the-state-department", "united-states-department-of-state"));
        EntityRecord body = matcher.takeReferences().get(0);
        assertThat(body.name()).isEqualTo("United States Department of State");
        assertThat(body.kind()).isEqualTo("government");
        assertThat(body.country()).isEqualTo("US");
    }

    @Test
    void an_acronym_is_the_body_of_its_article_whose_initials_it_spells() {
        assertThat(MentionLinker.initials("The Wall Street Journal", "WSJ")).isTrue();
        assertThat(MentionLinker.initials("Radio Free Europe/Radio Liberty", "RFE/RL"))
                .isTrue();
        assertThat(MentionLinker.initials("Social Democratic and Labour Party", "SDLP"))
                .isTrue();
        assertThat(MentionLinker.initials("Wall Street", "WSJ")).isFalse();
        assertThat(MentionLinker.initials("The Wall Street Journal", "Wsj")).isFalse();

        Map<String, String> found = matcher.match(
                List.of(
                        mention(
                                EntityType.ORGANIZATION,
                                "Irish Republican Army",
                                null,
                                null,
                                "The Irish Republican Army declared a ceasefire.",
                                0),
                        mention(EntityType.ORGANIZATION, "IRA", null, null, "The IRA kept its arms.", 1)),
                Set.of());

        assertThat(found).containsEntry("ira", "irish-republican-army");
    }

    @Test
    void a_city_after_a_route_a_verb_of_carrying_or_leaving_for_is_a_place() {
        assertThat(PlaceUse.acting("Belarus forced a flight from Athens to Vilnius to land.", "Vilnius"))
                .isFalse();
        assertThat(PlaceUse.acting("The plane flew on to the Latvian capital.", "the Latvian capital"))
                .isFalse();
        assertThat(PlaceUse.acting("He was freed and brought to Riga by car.", "Riga"))
                .isFalse();
        assertThat(PlaceUse.acting("Her husband has left for Warsaw.", "Warsaw"))
                .isFalse();
        // Still actors: a message to a capital, a plea for one.
        assertThat(PlaceUse.acting("Kellogg said to Minsk that the door was open.", "Minsk"))
                .isTrue();
        assertThat(PlaceUse.acting("It was a win for Warsaw.", "Warsaw")).isTrue();
    }
}
