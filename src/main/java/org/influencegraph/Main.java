package org.influencegraph;

import java.io.PrintWriter;
import org.influencegraph.cli.EntitiesCommand;
import org.influencegraph.cli.ExportCommand;
import org.influencegraph.cli.GenerateCommand;
import org.influencegraph.cli.ImportCommand;
import org.influencegraph.cli.QueryCommand;
import org.influencegraph.cli.ServeCommand;
import org.influencegraph.cli.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code serve}, {@code import} and {@code query}. */
@Command(
        name = "influence-graph",
        mixinStandardHelpOptions = true,
        version = "influence-graph 0.1.0",
        description = "Influence networks from the news, in Neo4j.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            EntitiesCommand.class,
            GenerateCommand.class,
            TokenCommand.class
        })
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: one clear line a failure, stack traces only with --debug. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("error: " + e.getMessage() + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.matchedOptionValue("--debug", false)
                    || parsed.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--debug", false));
            PrintWriter err = cmd.getErr();
            if (e instanceof UserError) {
                err.println("error: " + e.getMessage());
            } else {
                err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof UserError ? 2 : 1;
        });
        return cli;
    }
}
