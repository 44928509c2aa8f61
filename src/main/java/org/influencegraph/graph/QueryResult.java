package org.influencegraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The answer to a read query as plain values: text, numbers, booleans, lists, maps, ISO dates, and
 * {@link Node}, {@link Edge} and {@link Path} for graph elements. Nothing of the driver's types leaves the
 * graph package. {@code truncated} tells that the row limit cut the answer.
 */
public record QueryResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {

    /** A node: its stable id (the {@code id} property), labels, display name and other properties. */
    public record Node(String id, List<String> labels, String name, Map<String, Object> properties) {
    }

    /** A relationship between two nodes, named by their stable ids. */
    public record Edge(String type, String from, String to, Map<String, Object> properties) {
    }

    /** A path: its nodes in order and the edges between them. */
    public record Path(List<Node> nodes, List<Edge> edges) {
    }
}
