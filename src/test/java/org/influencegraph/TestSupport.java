package org.influencegraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.influencegraph.config.DatabaseOptions;

/** Small helpers shared by the tests: free ports, embedded-database options, a plain HTTP client. */
public final class TestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestSupport() {}

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for an embedded database in {@code dir} on free ports. */
    public static DatabaseOptions embedded(Path dir) {
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dir;
        options.bind = "127.0.0.1";
        options.boltPort = freePort();
        options.browserPort = freePort();
        options.database = "neo4j";
        options.user = "neo4j";
        return options;
    }

    /** Options for a remote Neo4j at {@code uri}. */
    public static DatabaseOptions remote(URI uri) {
        DatabaseOptions options = new DatabaseOptions();
        options.uri = uri;
        options.user = "neo4j";
        options.database = "neo4j";
        return options;
    }

    public static HttpResponse<String> post(String url, String json) {
        return post(url, json, null);
    }

    /** POST a JSON body with {@code token} as its bearer token (none when null). */
    public static HttpResponse<String> post(String url, String json, String token) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(
                    request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test resource as a file (the fixtures under {@code src/test/resources/fixtures}). */
    public static java.nio.file.Path fixture(String path) {
        try {
            return java.nio.file.Path.of(
                    TestSupport.class.getResource("/fixtures/" + path).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
