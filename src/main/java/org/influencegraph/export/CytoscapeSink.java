package org.influencegraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.influencegraph.graph.QueryResult;

/** Cytoscape.js elements JSON, streamed: nodes first, then edges, each {@code {"data": {...}}}. */
final class CytoscapeSink implements GraphWriterSink {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonGenerator json;
    private boolean inEdges;
    private int edges;

    CytoscapeSink(OutputStream out) {
        try {
            json = JSON.getFactory().createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void node(QueryResult.Node node) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", node.id());
        data.put("label", node.name());
        data.put("labels", node.labels());
        data.putAll(node.properties());
        write(data);
    }

    @Override
    public void edge(QueryResult.Edge edge) {
        try {
            if (!inEdges) {
                json.writeEndArray();
                json.writeArrayFieldStart("edges");
                inEdges = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", "e" + edges++);
        data.put("source", edge.from());
        data.put("target", edge.to());
        data.put("type", edge.type());
        // Cytoscape's source and target are the edge's ends: the source a fact cites is its sourceId.
        edge.properties().forEach((key, value) -> data.put(data.containsKey(key) ? key + "Id" : key, value));
        write(data);
    }

    private void write(Map<String, Object> data) {
        try {
            json.writeStartObject();
            json.writeObjectField("data", data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (!inEdges) {
                json.writeEndArray();
                json.writeArrayFieldStart("edges");
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
