package org.influencegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.FtmImporter;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.ImportReport;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.importer.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FollowTheMoney export, read by the FollowTheMoney importer back into an empty database. */
class FtmExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * What FollowTheMoney carries of a graph: entities with names, aliases, kinds, countries, descriptions,
     * attributes and identifiers, and the sources that mention them; sources; events; who took part in which
     * role; ties with roles, dates, sources and quotes. (Not carried: source kinds other than article, the
     * quotes of mentions and reports, producers and confidences.)
     */
    private static String carried(Graph graph) {
        List<String> lines = new ArrayList<>();
        lines.addAll(graph.read("""
                MATCH (e:Entity)
                RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels,
                       properties(e) AS p,
                       COLLECT { MATCH (e)-[:MENTIONED_IN]->(s) RETURN s.id ORDER BY s.id } AS mentions""", Map.of(), r -> {
            Map<String, Object> p = new TreeMap<>(r.get("p").asMap());
            p.keySet().removeAll(List.of("keys", "sounds", "blocks"));
            return "entity " + r.get("labels").asList() + p + " mentioned in "
                    + r.get("mentions").asList();
        }));
        lines.addAll(graph.read(
                "MATCH (s:Source) RETURN s.id AS id, s.title AS t, s.publisher AS p, s.author AS a, "
                        + "s.date AS d, s.url AS u",
                Map.of(),
                r -> "source " + r.get("id").asString() + " " + r.get("t") + " " + r.get("p") + " " + r.get("a") + " "
                        + r.get("d") + " " + r.get("u")));
        lines.addAll(graph.read(
                """
                MATCH (e:Event)
                RETURN e.id AS id, properties(e) AS p,
                       COLLECT { MATCH (e)-[:REPORTED_IN]->(s) RETURN s.id ORDER BY s.id } AS reports""",
                Map.of(),
                r -> "event " + new TreeMap<>(r.get("p").asMap()) + " reported in "
                        + r.get("reports").asList()));
        lines.addAll(graph.read("""
                MATCH (a:Entity)-[r]->(b)
                WHERE NOT type(r) IN ['MENTIONED_IN']
                RETURN a.id + ' ' + type(r) + ' ' + b.id + ' | ' + coalesce(r.role, r.detail, '-') + ' | '
                       + coalesce(r.start, '-') + '..' + coalesce(r.end, '-') + ' | ' + r.source + ' | '
                       + coalesce(r.quote, '-') AS line""", Map.of(), r -> "link " + r.get("line").asString()));
        return String.join("\n", lines.stream().sorted().toList());
    }

    private static byte[] export(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(graph).database(GraphFormat.FTM, out);
        return out.toByteArray();
    }

    private ImportReport reimport(byte[] ftm) throws Exception {
        Path file = dir.resolve("export.ftm.json");
        Files.write(file, ftm);
        return new FtmImporter(TestNeo4j.clean()).run(NativeImporter.inputs(List.of(file)), ImportOptions.DEFAULT);
    }

    @Test
    void the_sample_and_a_sanctions_cluster_come_back_from_an_export_as_they_were() throws Exception {
        Graph graph = TestNeo4j.clean();
        new NativeImporter(graph)
                .run(
                        NativeImporter.inputs(List.of(TestSupport.fixture("native"))),
                        ImportOptions.DEFAULT,
                        Importer.Progress.NONE);
        new FtmImporter(graph)
                .run(
                        NativeImporter.inputs(List.of(TestSupport.fixture("ftm/cluster.ftm.json"))),
                        ImportOptions.DEFAULT);
        String before = carried(graph);

        ImportReport report = reimport(export(graph));

        assertThat(report.problems()).isEmpty();
        assertThat(report.leftOut()).isEmpty();
        assertThat(carried(graph)).isEqualTo(before);
    }

    @Test
    void the_curated_sample_survives_the_round_trip() throws Exception {
        Graph graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
        String before = carried(graph);

        ImportReport report = reimport(export(graph));

        assertThat(report.problems()).isEmpty();
        assertThat(carried(graph)).isEqualTo(before);
    }

    @Test
    void every_line_is_a_follow_the_money_entity_of_a_known_schema_with_list_properties() throws Exception {
        Graph graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);

        String[] lines = new String(export(graph), StandardCharsets.UTF_8).split("\n");

        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode e = JSON.readTree(line);
            assertThat(e.get("id").asText()).isNotBlank();
            assertThat(e.get("schema").asText())
                    .isIn(
                            "Person",
                            "Organization",
                            "Company",
                            "Address",
                            "Article",
                            "Document",
                            "Event",
                            "Membership",
                            "Directorship",
                            "Employment",
                            "Ownership",
                            "Family",
                            "Associate",
                            "Representation",
                            "UnknownLink",
                            "Identification");
            e.get("properties").forEach(values -> {
                assertThat(values.isArray()).as(line).isTrue();
                values.forEach(v -> assertThat(v.isTextual()).as(line).isTrue());
            });
            assertThat(e.get("datasets").isArray()).isTrue();
        }
        JsonNode mediation = JSON.readTree(List.of(lines).stream()
                .filter(l -> l.contains("\"UnknownLink\"")
                        && l.contains("\"2023-06-24-lukashenko-mediates-wagner\"")
                        && l.contains("\"alexander-lukashenko\""))
                .findFirst()
                .orElseThrow());
        assertThat(mediation.get("properties").get("role").get(0).asText())
                .isEqualTo("mediator: intermediary; offered to host Prigozhin and Wagner soldiers");
        assertThat(mediation.get("datasets").get(0).asText())
                .isEqualTo("conversation-2023-07-lukashenko-wagner-mutiny");
    }
}
