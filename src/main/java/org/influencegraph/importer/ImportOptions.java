package org.influencegraph.importer;

/**
 * How an import runs, whatever its format: rows a transaction, whether invalid rows are skipped (and reported)
 * rather than stopping the import, and whether it only reads and checks every row and writes nothing.
 */
public record ImportOptions(int batchSize, boolean skipInvalid, boolean checkOnly) {
    /** Rows a transaction, unless the import command is told otherwise. */
    public static final int BATCH_SIZE = 10_000;

    public static final ImportOptions DEFAULT = new ImportOptions(BATCH_SIZE, false, false);
}
