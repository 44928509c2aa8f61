package org.influencegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.influencegraph.Resources;

/**
 * Applies the schema scripts in {@code cypher/schema/} in name order. Every statement is idempotent
 * ({@code IF NOT EXISTS}), so applying them at each start is safe; shipped scripts are never edited.
 */
public final class Schema {

    static final String FOLDER = "cypher/schema";

    private Schema() {
    }

    public static void apply(Graph graph) {
        for (String file : Resources.list(FOLDER)) {
            if (!file.endsWith(".cypher")) {
                continue;
            }
            for (String statement : statements(Resources.read(file))) {
                graph.autoCommit(statement, Map.of());
            }
        }
        graph.autoCommit("CALL db.awaitIndexes(300)", Map.of());
    }

    /** Splits a script on semicolons that end a line, dropping {@code //} comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
