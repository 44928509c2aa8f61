package org.influencegraph.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.influencegraph.UserError;
import picocli.CommandLine.Option;

/** Options of the HTTP service started by {@code serve}. */
public final class ServeOptions {

    @Option(
            names = "--port",
            defaultValue = "${env:IG_PORT:-8080}",
            description = "Port of the HTTP API (env IG_PORT; default: ${DEFAULT-VALUE})")
    public int port;

    @Option(
            names = "--no-sample",
            negatable = false,
            defaultValue = "${env:IG_NO_SAMPLE:-false}",
            description =
                    "Do not load the sample data into an empty database (env IG_NO_SAMPLE; default: ${DEFAULT-VALUE})")
    public boolean noSample;

    @Option(
            names = "--no-nlp-warmup",
            negatable = false,
            defaultValue = "${env:IG_NO_NLP_WARMUP:-false}",
            description = "Do not load the NLP models for POST /api/articles at start; the first article loads them "
                    + "(env IG_NO_NLP_WARMUP; default: ${DEFAULT-VALUE})")
    public boolean noNlpWarmup;

    @Option(
            names = "--cors-origins",
            split = ",",
            defaultValue = "${env:IG_CORS_ORIGINS:-}",
            description = "Origins whose pages may call the API from a browser, comma-separated, such as "
                    + "https://newsroom.example.org (env IG_CORS_ORIGINS; default: none)")
    public List<String> corsOrigins = new ArrayList<>();

    @Option(
            names = "--embed-origins",
            split = ",",
            defaultValue = "${env:IG_EMBED_ORIGINS:-*}",
            description = "Origins whose pages may show the embeddable view (/embed/...) in a frame, comma-separated; "
                    + "* for any (env IG_EMBED_ORIGINS; default: ${DEFAULT-VALUE})")
    public List<String> embedOrigins = new ArrayList<>();

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            defaultValue = "${env:INFLUENCE_GRAPH_PUBLIC_URL}",
            description = "Where readers reach this server, such as https://graph.newsroom.example.org: embed snippets "
                    + "are built from it, and requests for its host are answered besides loopback's (env "
                    + "INFLUENCE_GRAPH_PUBLIC_URL; default: none)")
    public String publicUrl;

    /** The public URL given, checked: an http(s) address with a host, or null for none. */
    public URI publicUrl() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(publicUrl.strip());
        } catch (URISyntaxException e) {
            throw new UserError("--public-url " + publicUrl + " is not an address: " + e.getMessage(), e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new UserError("--public-url " + publicUrl + " must be an http:// or https:// address with a host, "
                    + "and no query, such as https://graph.newsroom.example.org");
        }
        return uri;
    }

    /** The embedding origins given, without blanks. */
    public List<String> embedOrigins() {
        return embedOrigins == null
                ? List.of()
                : embedOrigins.stream()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }

    /** The CORS origins given, without blanks. */
    public List<String> corsOrigins() {
        return corsOrigins == null
                ? List.of()
                : corsOrigins.stream()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
