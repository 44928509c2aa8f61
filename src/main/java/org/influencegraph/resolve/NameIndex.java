package org.influencegraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;
import org.influencegraph.names.NameKeys;
import org.influencegraph.names.NameMatcher;

/**
 * Keeps what name lookups read ({@code keys}, {@code sounds}, {@code blocks}) in step with the name rules: at
 * start-up, entities written under older rules, or before there were sounds, get them computed again.
 */
public final class NameIndex {

    /** The version of the name rules ({@link NameKeys}, {@link NameMatcher}); raise it when they change. */
    public static final int VERSION = 2;

    private static final String STALE = Resources.read("cypher/resolve/entities-without-sounds.cypher");
    private static final String SET = Resources.read("cypher/resolve/set-sounds.cypher");
    private static final int BATCH = 5_000;

    private NameIndex() {}

    /** Brings every entity's lookup properties up to the current rules; returns how many it updated. */
    public static long refresh(Graph graph) {
        long updated = 0;
        while (true) {
            List<Map<String, Object>> rows = new ArrayList<>();
            graph.read(STALE, Map.of("version", VERSION, "limit", BATCH), r -> {
                String name = r.get("name").asString(null);
                List<String> aliases = r.get("aliases").asList(v -> v.asString());
                List<String> names = new ArrayList<>(aliases);
                if (name != null) {
                    names.add(0, name);
                }
                rows.add(Map.of(
                        "id",
                        r.get("id").asString(),
                        "keys",
                        NameKeys.keys(name == null ? "" : name, aliases),
                        "sounds",
                        NameMatcher.sounds(null, names),
                        "blocks",
                        NameMatcher.blocks(null, names)));
                return null;
            });
            if (rows.isEmpty()) {
                return updated;
            }
            graph.write(SET, Map.of("rows", rows, "version", VERSION), r -> null);
            updated += rows.size();
        }
    }
}
