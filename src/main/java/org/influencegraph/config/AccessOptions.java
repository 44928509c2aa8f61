package org.influencegraph.config;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Who may use the service started by {@code serve}: tokens, open or protected reads, and the explicit opt-out. */
public final class AccessOptions {

    /** Whether reads need a token. */
    public enum Reads {
        open,
        token
    }

    @Option(
            names = "--reads",
            paramLabel = "open|token",
            defaultValue = "${env:IG_READS:-open}",
            description = "Whether reading the graph needs a token (the read or the write token); writes always "
                    + "do (env IG_READS; default: ${DEFAULT-VALUE})")
    public Reads reads;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            defaultValue = "${env:IG_TOKEN_FILE}",
            description = "Where the API tokens are kept, readable by their owner only; created on first start "
                    + "(env IG_TOKEN_FILE; default: api-tokens in the data folder)")
    public Path tokenFile;

    @Option(
            names = "--insecure",
            negatable = false,
            defaultValue = "${env:IG_INSECURE:-false}",
            description = "Listen beyond this machine with open reads, or with an embedded database without a "
                    + "password (--no-db-auth); refused without this flag (env IG_INSECURE; default: ${DEFAULT-VALUE})")
    public boolean insecure;

    /** The token file: the one given, or {@code api-tokens} in the data folder. */
    public Path tokenFile(Path dataDir) {
        return tokenFile != null ? tokenFile : dataDir.resolve("api-tokens");
    }
}
