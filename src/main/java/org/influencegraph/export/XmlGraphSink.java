package org.influencegraph.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.Formats;

/**
 * GraphML or GEXF 1.3, streamed with StAX. Both declare their attributes up front, so the attributes are
 * a fixed set that covers the model: type, name, kind, dates and provenance; anything else of a node or
 * edge goes, as JSON, into {@code properties}.
 */
final class XmlGraphSink implements GraphWriterSink {

    private static final List<String> NODE_KEYS = List.of(
            "labels", "name", "type", "kind", "country", "date", "endDate", "description", "aliases", "properties");
    private static final List<String> EDGE_KEYS = List.of(
            "type", "role", "detail", "start", "end", "source", "quote", "producer", "confidence", "properties");

    private final XMLStreamWriter xml;
    private final boolean gexf;
    private boolean inEdges;
    private int edges;

    XmlGraphSink(OutputStream out, boolean gexf) {
        this.gexf = gexf;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (gexf) {
                xml.writeStartElement("gexf");
                xml.writeDefaultNamespace("http://gexf.net/1.3");
                xml.writeAttribute("version", "1.3");
                xml.writeStartElement("graph");
                xml.writeAttribute("defaultedgetype", "directed");
                xml.writeAttribute("mode", "static");
                declareGexf("node", NODE_KEYS);
                declareGexf("edge", EDGE_KEYS);
                xml.writeStartElement("nodes");
            } else {
                xml.writeStartElement("graphml");
                xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
                declareGraphml("node", "n_", NODE_KEYS);
                declareGraphml("edge", "e_", EDGE_KEYS);
                xml.writeStartElement("graph");
                xml.writeAttribute("id", "influence-graph");
                xml.writeAttribute("edgedefault", "directed");
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void declareGraphml(String kind, String prefix, List<String> keys) throws XMLStreamException {
        for (String key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", prefix + key);
            xml.writeAttribute("for", kind);
            xml.writeAttribute("attr.name", key);
            xml.writeAttribute("attr.type", key.equals("confidence") ? "double" : "string");
        }
    }

    private void declareGexf(String kind, List<String> keys) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (String key : keys) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", key);
            xml.writeAttribute("title", key);
            xml.writeAttribute("type", key.equals("confidence") ? "double" : "string");
        }
        xml.writeEndElement();
    }

    @Override
    public void node(QueryResult.Node node) {
        Map<String, Object> values = new LinkedHashMap<>(node.properties());
        values.put("labels", String.join(":", node.labels()));
        values.put("name", node.name());
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            if (gexf) {
                xml.writeAttribute("label", node.name() == null ? node.id() : node.name());
            }
            attributes(values, NODE_KEYS, "n_");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void edge(QueryResult.Edge edge) {
        Map<String, Object> values = new LinkedHashMap<>(edge.properties());
        values.put("type", edge.type());
        values.remove("key");
        try {
            if (!inEdges) {
                inEdges = true;
                if (gexf) {
                    xml.writeEndElement();
                    xml.writeStartElement("edges");
                }
            }
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edges++);
            xml.writeAttribute("source", edge.from());
            xml.writeAttribute("target", edge.to());
            if (gexf) {
                xml.writeAttribute("label", edge.type());
            }
            attributes(values, EDGE_KEYS, "e_");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(Map<String, Object> values, List<String> keys, String prefix) throws XMLStreamException {
        Map<String, Object> rest = new LinkedHashMap<>(values);
        keys.forEach(rest::remove);
        if (!rest.isEmpty()) {
            values.put("properties", rest);
        }
        if (gexf) {
            xml.writeStartElement("attvalues");
        }
        for (String key : keys) {
            Object value = values.get(key);
            if (value == null) {
                continue;
            }
            String text = value instanceof String s
                    ? s
                    : value instanceof Number || value instanceof Boolean ? value.toString() : Formats.json(value);
            if (gexf) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", key);
                xml.writeAttribute("value", text);
            } else {
                xml.writeStartElement("data");
                xml.writeAttribute("key", prefix + key);
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
        }
        if (gexf) {
            xml.writeEndElement();
        }
    }

    @Override
    public void close() {
        try {
            if (gexf && !inEdges) {
                xml.writeEndElement();
                xml.writeStartElement("edges");
            }
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
