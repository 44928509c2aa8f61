package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.GraphWriter.WriteCounts;
import org.influencegraph.synth.SyntheticNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path against the online one, each in its own embedded database: the same files give the same
 * graph, node for node and property for property, and the online import of the same files afterwards finds
 * nothing to change.
 */
class BulkImporterTest {

    private static final int BATCH = ImportOptions.BATCH_SIZE;

    @TempDir
    Path dir;

    @Test
    void the_sample_data_bulk_is_the_sample_data_online() {
        compare(SampleData.inputs(), "sample");
    }

    @Test
    void a_generated_network_bulk_is_the_network_online() throws Exception {
        Path files = dir.resolve("files");
        new SyntheticNetwork(new SyntheticNetwork.Size(3_000, 12_000, 1_500, 40), 3).write(files);
        String graph = compare(NativeImporter.inputs(List.of(files)), "network");
        assertThat(graph).contains("ADVISES").contains("MENTIONED_IN").contains("REPORTED_IN");
    }

    @Test
    void a_database_that_holds_anything_is_refused_and_kept() {
        DatabaseOptions options = TestSupport.embedded(dir.resolve("full"));
        String before;
        try (App app = App.open(options, false)) {
            new NativeImporter(app.graph()).run(SampleData.inputs(), ImportOptions.DEFAULT, Importer.Progress.NONE);
            before = TestNeo4j.fingerprint(app.graph());
        }
        assertThatThrownBy(() -> BulkImporter.run(options, SampleData.inputs(), BATCH))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("--bulk loads an empty database only")
                .hasMessageContaining("import without --bulk");
        try (App app = App.open(options, false)) {
            assertThat(TestNeo4j.fingerprint(app.graph())).isEqualTo(before);
        }
    }

    @Test
    void a_bad_row_names_its_file_and_line_and_nothing_is_written() throws Exception {
        Path files = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(files.resolve("entities.csv"), """
                entity,type,name,source
                p1,person,Ann Example,s1
                p2,starship,Enterprise,s1
                """);
        Files.writeString(files.resolve("sources.csv"), "source,title\ns1,A report\n");
        DatabaseOptions options = TestSupport.embedded(dir.resolve("db"));
        ImportReport report = BulkImporter.run(options, NativeImporter.inputs(List.of(files)), BATCH);
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).toString())
                .contains("entities.csv")
                .contains("3")
                .contains("type");
        try (App app = App.open(options, false)) {
            assertThat(app.graph().counts().nodes()).isZero();
        }
    }

    @Test
    void a_folder_with_no_database_counts_no_nodes_and_is_left_without_one() {
        Path folder = dir.resolve("new");
        assertThat(BulkImporter.nodes(TestSupport.embedded(folder))).isZero();
        assertThat(folder).doesNotExist();
    }

    @Test
    void files_of_64_megabytes_in_all_are_large_enough_to_go_bulk_and_one_byte_less_are_not() throws Exception {
        Path files = Files.createDirectories(dir.resolve("sizes"));
        Path ties = files.resolve("ties.csv");
        Path entities = files.resolve("entities.csv");
        try (var file = new java.io.RandomAccessFile(ties.toFile(), "rw")) {
            file.setLength(BulkImporter.AUTO_BYTES - 10);
        }
        Files.writeString(entities, "entity,na");
        assertThat(BulkImporter.large(NativeImporter.inputs(List.of(files)))).isFalse();
        Files.writeString(entities, "entity,nam");
        assertThat(BulkImporter.large(NativeImporter.inputs(List.of(files)))).isTrue();
        assertThat(BulkImporter.large(SampleData.inputs()))
                .as("not files on disk")
                .isFalse();
    }

    /** Loads the inputs online and bulk into two new databases, compares them, re-imports online; the graph. */
    private String compare(List<ImportInput> inputs, String name) {
        String online;
        ImportReport first;
        try (App app = App.open(TestSupport.embedded(dir.resolve(name + "-online")), false)) {
            first = new NativeImporter(app.graph()).run(inputs, ImportOptions.DEFAULT, Importer.Progress.NONE);
            assertThat(first.problems()).isEmpty();
            online = TestNeo4j.fingerprint(app.graph());
        }
        DatabaseOptions bulk = TestSupport.embedded(dir.resolve(name + "-bulk"));
        ImportReport report = BulkImporter.run(bulk, inputs, BATCH);
        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        for (Table table : Table.values()) {
            WriteCounts bulkCounts = report.counts().getOrDefault(table, WriteCounts.NONE);
            WriteCounts onlineCounts = first.counts().getOrDefault(table, WriteCounts.NONE);
            assertThat(bulkCounts.created()).as(table.fileName()).isEqualTo(onlineCounts.created());
            assertThat(bulkCounts.total()).as(table.fileName()).isEqualTo(onlineCounts.total());
        }
        try (App app = App.open(bulk, false)) {
            assertThat(TestNeo4j.fingerprint(app.graph())).isEqualTo(online);
            ImportReport again =
                    new NativeImporter(app.graph()).run(inputs, ImportOptions.DEFAULT, Importer.Progress.NONE);
            WriteCounts total = again.total();
            assertThat(total.created()).isZero();
            assertThat(total.updated()).isZero();
            assertThat(total.unchanged()).isEqualTo(report.total().total()).isPositive();
            assertThat(TestNeo4j.fingerprint(app.graph())).isEqualTo(online);
            assertThat(app.graph()
                            .read(
                                    "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name",
                                    java.util.Map.of(),
                                    r -> r.get("name").asString()))
                    .isEmpty();
            assertThat(app.graph().read("SHOW INDEXES YIELD name RETURN name", java.util.Map.of(), r -> r.get("name")
                            .asString()))
                    .contains("entity_names", "entity_sounds", "entity_id");
        }
        return online;
    }
}
