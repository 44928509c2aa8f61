package org.influencegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.influencegraph.UserError;
import org.influencegraph.synth.SyntheticNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a synthetic influence network in the native format, for benchmarks and scale tests. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic influence network (native CSV) with a skewed degree distribution.")
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path dir;

    @Option(
            names = "--entities",
            defaultValue = "100000",
            description = "People, organizations and places (default: ${DEFAULT-VALUE})")
    int entities;

    @Option(names = "--ties", defaultValue = "1000000", description = "Ties (default: ${DEFAULT-VALUE})")
    int ties;

    @Option(names = "--events", defaultValue = "50000", description = "Events (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--sources", defaultValue = "1000", description = "Sources (default: ${DEFAULT-VALUE})")
    int sources;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed; the same seed writes the same files (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (entities < 20 || sources < 1 || ties < 0 || events < 0) {
            throw new UserError("need at least 20 entities and 1 source, and no negative counts");
        }
        new SyntheticNetwork(new SyntheticNetwork.Size(entities, ties, events, sources), seed).write(dir);
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %,d entities, %,d events, %,d ties and %,d sources to %s%n",
                        entities, events, ties, sources, dir);
        return 0;
    }
}
