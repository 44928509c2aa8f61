package org.influencegraph.config;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of the HTTP service started by {@code serve}. */
public final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:IG_PORT:-8080}",
            description = "Port of the HTTP API (env IG_PORT; default: ${DEFAULT-VALUE})")
    public int port;

    @Option(names = "--no-sample", negatable = false, defaultValue = "${env:IG_NO_SAMPLE:-false}",
            description = "Do not load the sample data into an empty database (env IG_NO_SAMPLE; default: ${DEFAULT-VALUE})")
    public boolean noSample;

    @Option(names = "--no-nlp-warmup", negatable = false, defaultValue = "${env:IG_NO_NLP_WARMUP:-false}",
            description = "Do not load the NLP models for POST /api/articles at start; the first article loads them "
                    + "(env IG_NO_NLP_WARMUP; default: ${DEFAULT-VALUE})")
    public boolean noNlpWarmup;

    @Option(names = "--cors-origins", split = ",", defaultValue = "${env:IG_CORS_ORIGINS:-}",
            description = "Origins whose pages may call the API from a browser, comma-separated, such as "
                    + "https://newsroom.example.org (env IG_CORS_ORIGINS; default: none)")
    public List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--embed-origins", split = ",", defaultValue = "${env:IG_EMBED_ORIGINS:-*}",
            description = "Origins whose pages may show the embeddable view (/embed/...) in a frame, comma-separated; "
                    + "* for any (env IG_EMBED_ORIGINS; default: ${DEFAULT-VALUE})")
    public List<String> embedOrigins = new ArrayList<>();

    /** The embedding origins given, without blanks. */
    public List<String> embedOrigins() {
        return embedOrigins == null ? List.of() : embedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    /** The CORS origins given, without blanks. */
    public List<String> corsOrigins() {
        return corsOrigins == null ? List.of() : corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
