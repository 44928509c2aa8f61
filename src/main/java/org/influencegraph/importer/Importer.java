package org.influencegraph.importer;

import java.util.List;

/**
 * One format's importer. The table formats (native, FollowTheMoney, mapped CSV) share one skeleton,
 * {@link TwoPassImporter}: a first pass reads and checks every row (nothing is written when a row has a problem,
 * unless invalid rows are to be skipped), a second writes the records through one {@code GraphWriter}, batch by
 * batch, each batch in one transaction.
 */
public interface Importer {

    /** Told how far the writing has got, after every batch. */
    @FunctionalInterface
    interface Progress {
        void written(Table table, long rows);

        Progress NONE = (table, rows) -> {};
    }

    ImportReport run(List<ImportInput> inputs, ImportOptions options, Progress progress);
}
