package org.influencegraph.config;

import picocli.CommandLine.Option;

/** Options of the HTTP service started by {@code serve}. */
public final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:IG_PORT:-8080}",
            description = "Port of the HTTP API (env IG_PORT; default: ${DEFAULT-VALUE})")
    public int port;

    @Option(names = "--no-sample", negatable = false, defaultValue = "${env:IG_NO_SAMPLE:-false}",
            description = "Do not load the sample data into an empty database (env IG_NO_SAMPLE; default: ${DEFAULT-VALUE})")
    public boolean noSample;
}
