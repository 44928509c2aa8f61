package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.synth.SyntheticNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review asked for its best pairs stops weighing once no pair left can enter them: what it answers is exactly
 * the head of the review that weighs every pair.
 */
class DuplicateBoundTest {

    @Test
    void the_best_pairs_of_a_review_that_stops_early_are_the_head_of_the_full_review(@TempDir Path dir)
            throws Exception {
        Graph graph = TestNeo4j.clean();
        new SyntheticNetwork(new SyntheticNetwork.Size(800, 8_000, 400, 8), 7).write(dir);
        new NativeImporter(graph)
                .run(NativeImporter.inputs(List.of(dir)), ImportOptions.DEFAULT, Importer.Progress.NONE);
        // Recorded doubts on a few pairs of people with one surname: the pairs that may gain the most.
        graph.write("""
                MATCH (a:Person), (b:Person)
                WHERE a.id < b.id AND split(a.name, ' ')[-1] = split(b.name, ' ')[-1]
                WITH a, b ORDER BY a.id, b.id LIMIT 40
                CREATE (a)-[:POSSIBLY_SAME_AS]->(b)
                """, Map.of(), r -> null);
        DuplicateFinder finder = new DuplicateFinder(graph);

        List<DuplicateFinder.Pair> all = finder.find(null, 0.0, Integer.MAX_VALUE);
        assertThat(all).hasSizeGreaterThan(2_000);
        assertThat(all.stream().filter(p -> p.evidence().stream().anyMatch(e -> e.startsWith("recorded"))))
                .isNotEmpty();

        for (int limit : List.of(1, 50, 500)) {
            assertThat(finder.find(null, 0.0, limit)).containsExactlyElementsOf(all.subList(0, limit));
        }
        List<DuplicateFinder.Pair> above =
                all.stream().filter(p -> p.score() >= 0.7).toList();
        assertThat(finder.find(null, 0.7, 30)).containsExactlyElementsOf(above.subList(0, 30));
    }
}
