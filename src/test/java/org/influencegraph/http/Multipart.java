package org.influencegraph.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data upload, as {@code curl -F file=@NAME} sends it. */
final class Multipart {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----influence-graph-test-boundary";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    /** Adds a file under the part name {@code field} (repeat the field for several files). */
    Multipart file(String field, String fileName, byte[] content) {
        files.put(field + "\u0000" + fileName + "\u0000" + files.size(), content);
        return this;
    }

    Multipart file(String field, String fileName, String content) {
        return file(field, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    byte[] body() {
        var out = new ByteArrayOutputStream();
        files.forEach((key, content) -> {
            String[] parts = key.split("\u0000");
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + parts[0]
                            + "\"; filename=\"" + parts[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** POSTs the form to {@code url} with {@code token} as bearer token (none when null). */
    HttpResponse<String> post(String url, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
