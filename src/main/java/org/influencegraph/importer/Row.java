package org.influencegraph.importer;

import java.util.Map;

/** One row of a table as read, before its values are checked; blank values are absent. */
record Row(String file, long line, Table table, Map<String, String> values) {

    String get(String column) {
        return values.get(column);
    }

    Problem problem(String column, String message) {
        return new Problem(file, line, column, message);
    }
}
