package org.influencegraph.http;

import org.influencegraph.graph.GraphWriter.WriteCounts;

/** What an import did to one table's rows, as the import answers say it. */
record Counts(long created, long updated, long unchanged) {

    static Counts of(WriteCounts counts) {
        return new Counts(counts.created(), counts.updated(), counts.unchanged());
    }
}
