package org.influencegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.influencegraph.Resources;

/**
 * The statements the importers run beside their record batches, with their records mapped here at the edge of
 * the graph package: which referenced ids the graph has, which nodes took an id in, and what the graph remembers
 * of an article it has read (and the marks that make it remember).
 */
public final class ImportQueries {

    /** The kinds of node a native row may refer to by id. */
    public enum NodeKind {
        SOURCE("cypher/lookups/existing-sources.cypher"),
        ENTITY("cypher/lookups/existing-entities.cypher"),
        EVENT("cypher/lookups/existing-events.cypher");

        private final String cypher;

        NodeKind(String file) {
            this.cypher = Resources.read(file);
        }
    }

    /** An id an import refers to, as the graph has it: the node's own id, or the entity that took it in. */
    public record Found(String id, String graphId, boolean event) {}

    private static final String IDS_IN_GRAPH = Resources.read("cypher/lookups/ids-in-graph.cypher");
    private static final String ARTICLE_STATE = Resources.read("cypher/articles/article-state.cypher");
    private static final String ORIGINAL = Resources.read("cypher/articles/original-article.cypher");
    private static final String RETRACT = Resources.read("cypher/articles/retract-article.cypher");
    private static final String MARK = Resources.read("cypher/articles/mark-article.cypher");
    private static final String SYNDICATE = Resources.read("cypher/articles/syndicate-article.cypher");

    /** Ids a lookup sends at once. */
    private static final int CHUNK = 10_000;

    private final Graph graph;

    public ImportQueries(Graph graph) {
        this.graph = graph;
    }

    /** Which of the given ids name nodes of this kind already in the graph. */
    public Set<String> existing(NodeKind kind, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            found.addAll(graph.read(
                    kind.cypher, Map.of("ids", chunk), r -> r.get("id").asString()));
        }
        return found;
    }

    /**
     * For the given ids, those the graph knows: as an entity's or an event's id, or as an id an entity took in.
     * Ids are sent a thousand at a time (each may cost a full-text query).
     */
    public Map<String, Found> inGraph(List<String> ids) {
        Map<String, Found> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            graph.read(IDS_IN_GRAPH, Map.of("ids", chunk), r -> {
                if (!r.get("found").isNull()) {
                    String id = r.get("id").asString();
                    found.put(
                            id,
                            new Found(
                                    id,
                                    r.get("found").asString(),
                                    r.get("event").asBoolean()));
                }
                return null;
            });
        }
        return found;
    }

    /** What the graph holds of an article: "text hash|extractor" (either part "null" when unset), or null if new. */
    public String articleState(String article) {
        List<String> state = graph.read(
                ARTICLE_STATE,
                Map.of("article", article),
                r -> r.get("textHash").asString(null) + "|" + r.get("extractor").asString(null));
        return state.isEmpty() ? null : state.get(0);
    }

    /** The source other than {@code article} this extractor read from the same text, or null. */
    public String original(String article, String bodyHash, String extractor) {
        List<String> found = graph.read(
                ORIGINAL,
                Map.of("article", article, "bodyHash", bodyHash, "extractor", extractor),
                r -> r.get("original").asString());
        return found.isEmpty() ? null : found.get(0);
    }

    /** Retracts what an article's earlier version asserted. */
    public void retractArticle(String article) {
        graph.write(RETRACT, Map.of("article", article), r -> null);
    }

    /** Marks an article as read from this text by this extractor. */
    public void markArticle(String article, String textHash, String bodyHash, String extractor) {
        graph.write(
                MARK,
                Map.of("article", article, "textHash", textHash, "bodyHash", bodyHash, "extractor", extractor),
                r -> null);
    }

    /** Marks an article as a syndicated copy of {@code original}, read from this text by this extractor. */
    public void syndicate(String copy, String original, String textHash, String bodyHash, String extractor) {
        graph.write(
                SYNDICATE,
                Map.of(
                        "copy",
                        copy,
                        "original",
                        original,
                        "textHash",
                        textHash,
                        "bodyHash",
                        bodyHash,
                        "extractor",
                        extractor),
                r -> null);
    }
}
