package org.influencegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** common-connections on a small fixture: two people with a union, an ally, a summit and a report in common. */
class CommonConnectionsTest {

    private static QueryService queries;

    @BeforeAll
    static void load() throws URISyntaxException {
        Graph graph = TestNeo4j.clean();
        Path fixture = Path.of(
                CommonConnectionsTest.class.getResource("/fixtures/common").toURI());
        var report = new NativeImporter(graph)
                .run(NativeImporter.inputs(List.of(fixture)), ImportOptions.DEFAULT, Importer.Progress.NONE);
        assertThat(report.problems()).isEmpty();
        queries = new QueryService(QueryCatalog.load(), graph);
    }

    private static List<String> summary(QueryResult result) {
        return result.rows().stream()
                .map(row -> row.get("kind") + " | " + row.get("name") + " | " + row.get("type")
                        + " | " + row.get("date") + " | " + links(row.get("howA")) + " | " + links(row.get("howB"))
                        + " | "
                        + sources(row.get("sources")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String links(Object how) {
        return ((List<Map<String, Object>>) how)
                .stream()
                        .map(h -> h.get("link")
                                + (Boolean.TRUE.equals(h.get("outgoing")) ? "" : " (in)")
                                + (h.get("role") == null ? "" : " " + h.get("role")))
                        .sorted()
                        .toList()
                        .toString();
    }

    @SuppressWarnings("unchecked")
    private static String sources(Object sources) {
        return ((List<Map<String, Object>>) sources)
                .stream()
                        .map(s -> s.get("source") + ": " + s.get("quote"))
                        .toList()
                        .toString();
    }

    @Test
    void lists_the_shared_organization_ally_event_and_source_with_how_each_is_involved() {
        QueryResult result = queries.run("common-connections", Map.of("a", "anna-adamova", "b", "boris-belov"));

        assertThat(summary(result))
                .containsExactly(
                        "organization | Union X | organization | null | [member of chair] | [member of] | "
                                + "[s1: Adamova chairs Union X, s2: Belov of Union X]",
                        "tie | Carla Cruz | person | null | [ally of] | [associate of (in)] | "
                                + "[s1: her ally Cruz, s2: Cruz and Belov]",
                        "event | Minsk summit | meeting | 2021-05-01 | [host] | [participant] | [s1: attended, s1: hosted]",
                        "source | Second report | source | 2022-03-01 | [mentioned in] | [mentioned in] | "
                                + "[s2: Adamova, s2: Belov]");
    }

    @Test
    void is_symmetric_but_for_which_side_is_which() {
        QueryResult ab = queries.run("common-connections", Map.of("a", "anna-adamova", "b", "boris-belov"));
        QueryResult ba = queries.run("common-connections", Map.of("a", "boris-belov", "b", "anna-adamova"));

        assertThat(ba.rows())
                .extracting(r -> r.get("name"))
                .containsExactlyElementsOf(
                        ab.rows().stream().map(r -> r.get("name")).toList());
        assertThat(ba.rows().get(0).get("howA")).isEqualTo(ab.rows().get(0).get("howB"));
    }

    @Test
    void two_actors_with_nothing_in_common_get_no_rows() {
        assertThat(queries.run("common-connections", Map.of("a", "boris-belov", "b", "dmitry-adamov"))
                        .rows())
                .isEmpty();
    }
}
