package org.influencegraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The answer to a read query as plain values: text, numbers, booleans, lists, maps, ISO dates, and
 * {@link Node}, {@link Edge} and {@link Path} for graph elements. Nothing of the driver's types leaves the
 * graph package. {@code truncated} tells that the row limit cut the answer.
 */
public record QueryResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {

    /**
     * A node: its stable id (the {@code id} property), labels, type (its one label besides {@code Entity}, in lower
     * case: person, organization, place, event, source), display name and other properties. The one shape of a
     * node in every answer.
     */
    public record Node(String id, List<String> labels, String type, String name, Map<String, Object> properties) {

        public Node(String id, List<String> labels, String name, Map<String, Object> properties) {
            this(id, labels, typeOf(labels), name, properties);
        }

        static String typeOf(List<String> labels) {
            return labels.stream()
                    .filter(l -> !l.equals("Entity"))
                    .findFirst()
                    .or(() -> labels.stream().findFirst())
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                    .orElse(null);
        }
    }

    /**
     * A relationship: its id (Neo4j's element id; relationships have no stable id), type in lower case as the
     * import formats write it (mediator, member-of ...; MEMBER_OF in the graph), the stable ids of its ends, and
     * its properties. The one shape of an edge in every answer.
     */
    public record Edge(String id, String type, String from, String to, Map<String, Object> properties) {

        public Edge {
            type = type == null ? null : type.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A path: its nodes in order and the edges between them. */
    public record Path(List<Node> nodes, List<Edge> edges) {}
}
