package org.influencegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.influencegraph.UserError;
import org.influencegraph.access.DatabasePassword;
import org.influencegraph.access.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shows or rotates the API tokens; a running server takes a rotated token at once. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Show or rotate the API tokens kept beside the data: the write token (imports, reviews, merges) "
                + "and the read token (reads, when serve --reads token). A running server takes new tokens at once. "
                + "`token show --neo4j` prints the embedded database's password.",
        subcommands = {TokenCommand.Show.class, TokenCommand.Rotate.class})
public final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the tokens are and which one. */
    static final class Which {
        @Option(
                names = "--data",
                paramLabel = "DIR",
                defaultValue = "${env:IG_DATA:-data}",
                description = "The data folder whose tokens these are (env IG_DATA; default: ${DEFAULT-VALUE})")
        Path dataDir;

        @Option(
                names = "--token-file",
                paramLabel = "FILE",
                defaultValue = "${env:IG_TOKEN_FILE}",
                description = "The token file, if not api-tokens in the data folder (env IG_TOKEN_FILE)")
        Path tokenFile;

        @Option(names = "--read", description = "The read token instead of the write token.")
        boolean read;

        @Option(
                names = "--neo4j",
                description = "The embedded database's password (user neo4j) instead of a token: "
                        + "what the Browser asks for.")
        boolean neo4j;

        Path file() {
            return tokenFile != null ? tokenFile : dataDir.resolve("api-tokens");
        }

        Tokens.Kind kind() {
            return read ? Tokens.Kind.READ : Tokens.Kind.WRITE;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a token (to you, not to a log).")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Which which;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine()
                    .getOut()
                    .println(
                            which.neo4j
                                    ? DatabasePassword.show(which.dataDir)
                                    : Tokens.show(which.file(), which.kind()));
            return 0;
        }
    }

    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = "Replace a token with a new random one and print it; the old one stops working at once.")
    static final class Rotate implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Which which;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (which.neo4j) {
                throw new UserError("the database password is set when `serve` starts: stop it, delete "
                        + DatabasePassword.file(which.dataDir) + ", and start it again to get a new one");
            }
            String token = Tokens.rotate(which.file(), which.kind());
            var out = spec.commandLine().getOut();
            out.println(token);
            out.flush();
            spec.commandLine()
                    .getErr()
                    .printf(
                            "The %s token in %s is new; the old one no longer works.%n",
                            which.read ? "read" : "write", which.file());
            return 0;
        }
    }
}
