package org.influencegraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Formats;
import org.influencegraph.query.Parameter;
import org.influencegraph.query.UnresolvedActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a canned query from the catalog in {@code cypher/queries/}, the same files the HTTP API runs. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a canned query (the catalog in cypher/queries/) and print its answer.")
public final class QueryCommand implements Callable<Integer> {

    /** How the answer is printed. */
    enum Format {
        table,
        json,
        csv,
        graph
    }

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Query name (see --list).")
    String name;

    @Option(
            names = {"-p", "--param"},
            paramLabel = "KEY=VALUE",
            description = "A parameter; repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "table, json, csv or graph (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--list", description = "List the catalog with each query's parameters.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!list && name == null) {
            throw new UserError("name a query, or use --list to see the catalog");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(database, false)) {
            if (list) {
                app.queries().catalog().all().forEach(q -> printEntry(out, q));
                out.flush();
                return 0;
            }
            QueryResult result;
            try {
                result = app.queries().run(name, params);
            } catch (UnresolvedActor e) {
                StringBuilder message = new StringBuilder(e.getMessage());
                e.candidates().forEach(c -> message.append("\n  ")
                        .append(c.id())
                        .append("  ")
                        .append(c.name())
                        .append(c.description() == null ? "" : "  (" + c.description() + ")"));
                throw new UserError(e.kind(), message.toString(), e);
            }
            out.print(
                    switch (format) {
                        case table -> Formats.table(result);
                        case csv -> Formats.csv(result);
                        case json -> Formats.json(Formats.rows(name, result)) + "\n";
                        case graph -> Formats.json(Formats.graph(name, result)) + "\n";
                    });
            out.flush();
            return 0;
        }
    }

    private static void printEntry(PrintWriter out, CannedQuery q) {
        out.printf("%s — %s%n  %s%n", q.name(), q.title(), q.description());
        for (Parameter p : q.parameters()) {
            String mode =
                    p.required() ? "required" : p.defaultValue() == null ? "optional" : "default " + p.defaultValue();
            out.printf("  -p %s=…  %s, %s: %s%n", p.name(), p.type().code(), mode, p.description());
        }
        out.println();
    }
}
