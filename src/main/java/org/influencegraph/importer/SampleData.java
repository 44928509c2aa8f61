package org.influencegraph.importer;

import java.util.List;
import org.influencegraph.Resources;
import org.influencegraph.graph.Graph;

/** The curated dataset shipped in the jar (from {@code import/}), loaded into a database that has nothing yet. */
public final class SampleData {

    static final String FOLDER = "import";

    private SampleData() {}

    public static List<ImportInput> inputs() {
        return Resources.list(FOLDER).stream()
                .map(ImportInput::ofResource)
                .filter(i -> i.isCsv() || i.isJsonLines())
                .toList();
    }

    /** Loads the sample data when the database is empty; returns the report, or null if it held data already. */
    public static ImportReport loadIfEmpty(Graph graph) {
        if (graph.counts().nodes() > 0) {
            return null;
        }
        ImportReport report = new NativeImporter(graph).run(inputs(), ImportOptions.DEFAULT, Importer.Progress.NONE);
        if (!report.ok()) {
            throw new IllegalStateException("the bundled sample data has problems: " + report.problems());
        }
        return report;
    }
}
