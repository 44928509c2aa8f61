package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed input gets a 4xx that says what to fix, never a 5xx; every answer carries {@code nosniff} and a request
 * id where it reaches the API, and every HTML page a Content-Security-Policy.
 */
class BadInputApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleApi api;

    @BeforeAll
    static void start() {
        api = SampleApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** An answer read off the wire: the client sends the address as it is, as Java's URI would refuse it. */
    private record Raw(int statusCode, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private static Raw get(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", api.http().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            String body = answer.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                StringBuilder joined = new StringBuilder();
                int at = 0;
                while (true) {
                    int eol = body.indexOf("\r\n", at);
                    int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.append(body, eol + 2, eol + 2 + size);
                    at = eol + 2 + size + 2;
                }
                body = joined.toString();
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/queries/network?name=%ZZ|400|the address is not valid percent-encoding (a '%' must be followed by two "
                        + "hexadecimal digits, such as %20)",
                "/api/queries/candidates?status=bogus|400|parameter 'status': expected one of open, accepted, rejected, got "
                        + "'bogus'",
                "/api/queries/timeline?name=alexander-lukashenko&from=2024&to=2023-06|400|'from' (2024-01-01) is after 'to' "
                        + "(2023-06-30): give the earlier date as 'from'",
                "/api/queries/meetings?name=alexander-lukashenko&from=2023-07-01&to=2023-06-30|400|'from' (2023-07-01) is "
                        + "after 'to' (2023-06-30): give the earlier date as 'from'"
            })
    void bad_parameters_get_a_400_that_says_what_to_fix(String path, int status, String detail) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).isEqualTo(detail);
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/health",
                "/api/queries",
                "/api/docs",
                "/embed/network",
                "/api/nothing-here",
                "/embed/assets/embed.js",
                "/api/queries/timeline?name=alexander-lukashenko&from=2023-06-01&to=2023-06-30",
                "/api/%zz/x",
                "/api/queries/network?name=%"
            })
    void every_answer_says_nosniff(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).as(path + " " + response.body()).isLessThan(500);
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/docs", "/embed/network", "/guide/influence-graph.html"})
    void every_html_page_has_a_content_security_policy(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.header("Content-Security-Policy").orElseThrow()).contains("default-src '", "base-uri");
        assertThat(response.header("X-Request-Id").orElseThrow()).hasSize(36);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/merges?limit=%205          | 200 |",
                "/api/merges?limit=              | 200 |",
                "/api/merges?limit=0             | 400 | parameter 'limit' must be a whole number from 1 to 1000, not '0'",
                "/api/merges?limit=ten           | 400 | parameter 'limit' must be a whole number from 1 to 1000, not 'ten'",
                "/api/duplicates?minScore=1.5    | 400 | parameter 'minScore' must be a number from 0 to 1, not '1.5'",
                "/api/duplicates?minScore=NaN    | 400 | parameter 'minScore' must be a number from 0 to 1, not 'NaN'",
                "/api/entities?q=Putin&limit=x   | 400 | parameter 'limit' must be a whole number from 1 to 50, not 'x'"
            })
    void a_number_parameter_is_checked_by_the_validators_and_refused_saying_what_it_takes(
            String path, int status, String detail) throws Exception {
        Raw answer = get(path);

        assertThat(answer.statusCode()).as(path).isEqualTo(status);
        if (detail != null) {
            assertThat(JSON.readTree(answer.body()).get("detail").asText())
                    .as(path)
                    .isEqualTo(detail);
        }
    }
}
