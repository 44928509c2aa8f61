package org.influencegraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.export.GraphExporter;
import org.influencegraph.export.GraphFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the graph, or a canned query's answer, as Cytoscape.js JSON, GraphML or GEXF. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the whole graph (streamed), or the answer of a canned query, for other tools.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--format",
            defaultValue = "graphml",
            description = "cytoscape, graphml, gexf or ftm (FollowTheMoney JSON lines) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(
            names = "--query",
            paramLabel = "NAME",
            description = "Export this canned query's answer instead of the whole graph.")
    String query;

    @Option(
            names = {"-p", "--param"},
            paramLabel = "KEY=VALUE",
            description = "A parameter of --query; repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write to this file (default: standard output).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GraphFormat graphFormat = GraphFormat.parse(format)
                .orElseThrow(
                        () -> new UserError("--format must be cytoscape, graphml, gexf or ftm, not '" + format + "'"));
        if (query == null && !params.isEmpty()) {
            throw new UserError("-p needs --query, the canned query the parameters belong to");
        }
        try (App app = App.open(database, false);
                OutputStream stream = out == null ? new NonClosing(System.out) : Files.newOutputStream(out);
                OutputStream buffered = new BufferedOutputStream(stream, 1 << 16)) {
            if (query == null) {
                long[] counts = new GraphExporter(app.graph()).database(graphFormat, buffered);
                buffered.flush();
                report(String.format("%,d nodes and %,d edges", counts[0], counts[1]));
            } else {
                GraphExporter.answer(query, app.queries().runAsGraph(query, params), graphFormat, buffered);
                buffered.flush();
                report("the answer of " + query);
            }
            return 0;
        }
    }

    private void report(String what) {
        if (out != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("Wrote %s to %s%n", what, out);
            err.flush();
        }
    }

    /** Standard output, which closing the export must not close. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
