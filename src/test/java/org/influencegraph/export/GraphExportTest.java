package org.influencegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.influencegraph.http.HttpApi;
import org.influencegraph.importer.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Graph exports of the curated sample, read back with standard parsers. */
class GraphExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static App app;
    private static Graph.Counts counts;

    @BeforeAll
    static void load() {
        SampleData.loadIfEmpty(TestNeo4j.clean());
        app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), false);
        counts = app.graph().counts();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static byte[] export(GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] written = new GraphExporter(app.graph()).database(format, out);
        assertThat(written).containsExactly(counts.nodes(), counts.relationships());
        return out.toByteArray();
    }

    private static Document xml(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Every edge's ends are nodes of the document. */
    private static void assertEdgesJoinNodes(Document doc) {
        Set<String> ids = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    @Test
    void graphml_has_every_node_and_relationship_with_types_and_sources() throws Exception {
        Document doc = xml(export(GraphFormat.GRAPHML));

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(counts.nodes());
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(counts.relationships());
        assertEdgesJoinNodes(doc);
        String text = new String(export(GraphFormat.GRAPHML), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<node id=\"alexander-lukashenko\"><data key=\"n_labels\">Entity:Person</data>")
                .contains("<data key=\"e_type\">mediator</data>")
                .contains("<data key=\"e_source\">conversation-2023-07-lukashenko-wagner-mutiny</data>");
    }

    @Test
    void gexf_has_every_node_and_relationship() throws Exception {
        Document doc = xml(export(GraphFormat.GEXF));

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(counts.nodes());
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(counts.relationships());
        assertEdgesJoinNodes(doc);
    }

    @Test
    void cytoscape_json_is_in_the_elements_format() throws Exception {
        JsonNode elements = JSON.readTree(export(GraphFormat.CYTOSCAPE)).get("elements");

        assertThat(elements.get("nodes").size()).isEqualTo(counts.nodes());
        assertThat(elements.get("edges").size()).isEqualTo(counts.relationships());
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        elements.get("nodes").forEach(n -> {
            ids.add(n.get("data").get("id").asText());
            if (n.get("data").get("labels").toString().contains("Source")) {
                sources.add(n.get("data").get("id").asText());
            }
        });
        elements.get("edges").forEach(e -> {
            assertThat(ids)
                    .contains(
                            e.get("data").get("source").asText(),
                            e.get("data").get("target").asText());
            assertThat(e.get("data").get("type").asText()).isNotBlank();
            // A tie or an event part starts at an entity, whatever source it cites.
            if (!e.get("data").get("type").asText().matches("mentioned-in|reported-in")) {
                assertThat(sources).doesNotContain(e.get("data").get("source").asText());
                assertThat(sources).contains(e.get("data").get("sourceId").asText());
            }
        });
    }

    @Test
    void the_api_exports_a_canned_answer_and_the_whole_graph() throws Exception {
        Javalin http = HttpApi.create(app).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + http.port() + "/api/graph";
            var path = TestSupport.get(base + "?query=shortest-path&from=Tikhanovskaya&to=Putin&format=cytoscape");
            assertThat(path.statusCode()).isEqualTo(200);
            JsonNode elements = JSON.readTree(path.body()).get("elements");
            Set<String> ids = new HashSet<>();
            elements.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asText()));
            assertThat(ids).contains("sviatlana-tsikhanouskaya", "alexander-lukashenko", "vladimir-putin");
            assertThat(elements.get("edges").size()).isPositive();

            var all = TestSupport.get(base + "?format=graphml");
            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphml+xml");
            Document doc = xml(all.body().getBytes(StandardCharsets.UTF_8));
            assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(counts.relationships());

            var bad = TestSupport.get(base + "?format=dot");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("detail").asText())
                    .isEqualTo("format must be cytoscape, graphml, gexf or ftm, not 'dot'");
        } finally {
            http.stop();
        }
    }
}
