package org.influencegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.influencegraph.App;
import org.influencegraph.Resources;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by the release before schema migrations were recorded (`import` of two entities and a tie,
 * see fixtures/upgrade/README.md) opens in place: its data kept, the schema there, every script recorded once.
 */
class SchemaUpgradeTest {

    private static final String RECORDED = "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' "
            + "RETURN m.version AS version, m.checksum AS checksum, toString(m.installedOn) AS at ORDER BY version";

    @TempDir
    Path dir;

    @Test
    void a_data_folder_of_the_earlier_release_upgrades_in_place_and_records_every_script_once() throws IOException {
        Path data = unzip("fixtures/upgrade/data-before-migrations.zip", dir.resolve("data"));
        List<String> first;
        try (App app = App.open(TestSupport.embedded(data), false)) {
            Graph graph = app.graph();
            assertThat(graph.read("MATCH (e:Entity) RETURN e.id AS id ORDER BY id", Map.of(), r -> r.get("id")
                            .asString()))
                    .containsExactly("acme-holdings", "ada-example");
            assertThat(graph.read(
                            "MATCH (a:Entity)-[t]->(b:Entity) RETURN a.id + ' ' + type(t) + ' ' + b.id AS t",
                            Map.of(),
                            r -> r.get("t").asString()))
                    .containsExactly("ada-example LEADS acme-holdings");
            assertThat(graph.read(
                            "SHOW CONSTRAINTS YIELD name WHERE NOT name CONTAINS 'Neo4jMigration' "
                                    + "RETURN name ORDER BY name",
                            Map.of(),
                            r -> r.get("name").asString()))
                    .containsExactly("candidate_id", "distinct_pair", "entity_id", "event_id", "merge_id", "source_id");
            first = graph.read(
                    RECORDED,
                    Map.of(),
                    r -> r.get("version").asString() + " " + r.get("checksum").asString() + " "
                            + r.get("at").asString());
            assertThat(first).extracting(line -> line.split(" ")[0]).containsExactly(versions());
            // The bookkeeping is not part of the graph: counts are those of the data.
            assertThat(graph.counts())
                    .isEqualTo(new Graph.Counts(
                            graph.read(
                                            "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS c",
                                            Map.of(),
                                            r -> r.get("c").asLong())
                                    .get(0),
                            1 + sourceLinks(graph)));
            assertThat(TestNeo4j.fingerprint(graph))
                    .doesNotContain("Neo4jMigration")
                    .contains("ada-example");
        }
        try (App app = App.open(TestSupport.embedded(data), false)) {
            // Nothing applied again: the same records, with the same times.
            assertThat(app.graph()
                            .read(
                                    RECORDED,
                                    Map.of(),
                                    r -> r.get("version").asString() + " "
                                            + r.get("checksum").asString() + " "
                                            + r.get("at").asString()))
                    .isEqualTo(first);
        }
    }

    private static long sourceLinks(Graph graph) {
        return graph.read(
                        "MATCH (a)-[r]->(b) WHERE NOT (a:Entity AND b:Entity) AND NOT a:__Neo4jMigration "
                                + "RETURN count(r) AS c",
                        Map.of(),
                        r -> r.get("c").asLong())
                .get(0);
    }

    /** The versions of the shipped scripts, from their file names (V0001__... is 0001). */
    private static String[] versions() {
        return Resources.list(Schema.FOLDER).stream()
                .map(f -> f.substring(f.lastIndexOf('/') + 2, f.indexOf("__")))
                .sorted()
                .toArray(String[]::new);
    }

    private static Path unzip(String resource, Path target) throws IOException {
        try (InputStream in = Resources.open(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
        return target;
    }
}
