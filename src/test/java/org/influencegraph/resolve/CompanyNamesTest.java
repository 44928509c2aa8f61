package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.names.NameMatcher;
import org.junit.jupiter.api.Test;

/** Companies that differ by a numeral or a legal form are other legal entities; the same name in other case is not. */
class CompanyNamesTest {

    @Test
    void a_numeral_or_a_legal_form_tells_companies_apart_and_case_or_punctuation_does_not() {
        assertThat(NameMatcher.score("HUDSON WESTSIDE ASSOCIATES II, L.P.", "HUDSON WESTSIDE ASSOCIATES III, L.P."))
                .isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("TRUMP PARK AVENUE MGR CORP.", "TRUMP PARK AVENUE MGR LLC"))
                .isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("TW VENTURE I LLC", "TW VENTURE II LLC")).isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.strong(
                        "HUDSON WESTSIDE ASSOCIATES II, L.P.", "HUDSON WESTSIDE ASSOCIATES III, L.P.", false))
                .isFalse();
        assertThat(NameMatcher.score("Hudson Westside Associates II LP", "HUDSON WESTSIDE ASSOCIATES II, L.P."))
                .isEqualTo(1.0);
        assertThat(NameMatcher.score("TRUMP CORP.", "Trump Corporation")).isEqualTo(1.0);
        assertThat(NameMatcher.score("V. Putin", "Vladimir Putin")).isGreaterThanOrEqualTo(NameMatcher.SAME);
    }

    @Test
    void the_duplicates_review_proposes_no_companies_that_differ_by_a_numeral_or_a_legal_form() {
        Graph graph = TestNeo4j.clean();
        new GraphWriter(graph)
                .prepareEntities(List.of(
                        company("hw-2", "HUDSON WESTSIDE ASSOCIATES II, L.P."),
                        company("hw-3", "HUDSON WESTSIDE ASSOCIATES III, L.P."),
                        company("mgr-corp", "TRUMP PARK AVENUE MGR CORP."),
                        company("mgr-llc", "TRUMP PARK AVENUE MGR LLC"),
                        company("invesco-1", "INVESCO LTD."),
                        company("invesco-2", "Invesco, Ltd.")))
                .write();

        List<String> pairs = new DuplicateFinder(graph)
                .find(EntityType.ORGANIZATION, 0.9, 50).stream()
                        .map(p -> p.a().id() + " ~ " + p.b().id())
                        .toList();

        assertThat(pairs).containsExactly("invesco-1 ~ invesco-2");
    }

    @Test
    void a_holding_a_group_or_a_short_look_alike_is_another_company_and_a_name_with_its_legal_form_is_the_same() {
        Graph graph = TestNeo4j.clean();
        new GraphWriter(graph)
                .prepareEntities(List.of(
                        company("acme-holdings", "ACME 44K HOLDINGS LLC"),
                        company("acme", "ACME 44K LLC"),
                        company("zeta-corp", "ZETA CORPORATION"),
                        company("zeta-group", "ZETA GROUP"),
                        company("orion-corp", "ORION ATLANTIC CORPORATION"),
                        company("orion-holding", "ORION ATLANTIC HOLDING, INC."),
                        company("dna", "DNA CORP."),
                        company("dawn", "DAWN"),
                        company("northwind", "NORTHWIND"),
                        company("northwind-group", "THE NORTHWIND GROUP"),
                        company("vertex", "VERTEX"),
                        company("vertex-ltd", "VERTEX, LTD.")))
                .write();

        List<String> pairs = new DuplicateFinder(graph)
                .find(EntityType.ORGANIZATION, 0.9, 50).stream()
                        .map(p -> p.a().id() + " ~ " + p.b().id())
                        .toList();

        assertThat(pairs).containsExactlyInAnyOrder("northwind ~ northwind-group", "vertex ~ vertex-ltd");
    }

    private static EntityRecord company(String id, String name) {
        return new EntityRecord(id, EntityType.ORGANIZATION, name, List.of(), "company", "US", null, null, null);
    }
}
