package org.influencegraph.cli;

import java.util.concurrent.Callable;
import org.influencegraph.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a canned query from the catalog in {@code cypher/queries/}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (the catalog in cypher/queries/) and print its answer.")
public final class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Query name.")
    String name;

    @Option(names = "--list", description = "List the catalog.")
    boolean list;

    @Override
    public Integer call() {
        throw new UserError("the canned query catalog is not part of this build yet");
    }
}
