package org.influencegraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.influencegraph.graph.GraphWriter.WriteCounts;

/**
 * What an import did: per table, how many rows it created, updated and left unchanged; the problems it
 * found with their locations; and whether it wrote at all (it writes nothing when it finds problems,
 * unless asked to skip the invalid rows). {@code leftOut} counts the valid records the model has no place for
 * (a FollowTheMoney vessel, say), by kind, so that nothing is dropped without a word.
 */
public record ImportReport(
        Map<Table, WriteCounts> counts,
        long rowsRead,
        long rowsSkipped,
        List<Problem> problems,
        boolean written,
        Duration duration,
        Map<String, Long> leftOut) {

    public ImportReport(
            Map<Table, WriteCounts> counts,
            long rowsRead,
            long rowsSkipped,
            List<Problem> problems,
            boolean written,
            Duration duration) {
        this(counts, rowsRead, rowsSkipped, problems, written, duration, Map.of());
    }

    public WriteCounts total() {
        return counts.values().stream().reduce(WriteCounts.NONE, WriteCounts::plus);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
