package org.influencegraph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.influencegraph.graph.GraphWriter.WriteCounts;

/**
 * The skeleton every table import follows, whatever its format: a check pass reads every row and names each
 * problem by file, line and column or field; then, if the import is to write ({@link #writes}), a write pass
 * sends the valid rows through one writer. The formats differ only in how they read, check and write a row.
 */
abstract class TwoPassImporter<C extends TwoPassImporter.Checked> implements Importer {

    /** What a check pass found: its problems, the rows and files it rejected, the rows it read. */
    static class Checked {
        final List<Problem> problems = new ArrayList<>();
        final Set<String> invalid = new HashSet<>();
        final Set<String> rejectedFiles = new HashSet<>();
        /** Valid records the model has no place for, by kind. */
        final Map<String, Long> leftOut = new TreeMap<>();

        long rowsRead;

        void reject(String file, long line) {
            invalid.add(key(file, line));
        }

        boolean isInvalid(String file, long line) {
            return invalid.contains(key(file, line));
        }

        void leaveOut(String what) {
            leftOut.merge(what, 1L, Long::sum);
        }

        static String key(String file, long line) {
            return file + ':' + line;
        }
    }

    /** The check pass: reads every row of every file, writes nothing. */
    abstract C check(List<ImportInput> inputs);

    /** The write pass: the valid rows of the files the check pass did not reject, in batches. */
    abstract Map<Table, WriteCounts> write(
            List<ImportInput> inputs, C checked, ImportOptions options, Progress progress);

    /** The one write decision: nothing is written when asked only to check, or when a row has a problem. */
    static boolean writes(Checked checked, ImportOptions options) {
        return !options.checkOnly() && (checked.problems.isEmpty() || options.skipInvalid());
    }

    @Override
    public final ImportReport run(List<ImportInput> inputs, ImportOptions options, Progress progress) {
        long started = System.nanoTime();
        C checked = check(inputs);
        boolean write = writes(checked, options);
        Map<Table, WriteCounts> counts = write ? write(inputs, checked, options, progress) : Map.of();
        return new ImportReport(
                counts,
                checked.rowsRead,
                checked.invalid.size(),
                List.copyOf(checked.problems),
                write,
                Duration.ofNanos(System.nanoTime() - started),
                Map.copyOf(checked.leftOut));
    }

    /** The same import, telling no progress. */
    public final ImportReport run(List<ImportInput> inputs, ImportOptions options) {
        return run(inputs, options, Progress.NONE);
    }
}
