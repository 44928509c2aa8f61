package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Host allow-list (DNS rebinding) and embed snippets built without the request's Host. Requests go over a
 * plain socket, as a rebinding page's browser would send them: the JDK's client does not let a test set Host.
 */
class HostFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC = "https://graph.newsroom.example.org";
    private static SampleApi published;
    private static SampleApi local;

    @BeforeAll
    static void start() {
        published = SampleApi.start(
                HttpApi.Settings.defaults().withHosts(new HostFilter.Names(URI.create(PUBLIC + "/"), "127.0.0.1")),
                false);
        local = SampleApi.start();
    }

    @AfterAll
    static void stop() {
        published.close();
        local.close();
    }

    @Test
    void a_foreign_host_gets_421_on_the_api_and_the_embed_routes_with_what_to_configure() throws Exception {
        int port = published.http().port();
        for (String target : List.of(
                "/api/health",
                "/api/queries/network?name=Lukashenko",
                "/api/graph",
                "/api/embed/network?name=Lukashenko",
                "/embed/network?name=Lukashenko",
                "/api/docs",
                "/nothing")) {
            Answer answer = Answer.send(port, "GET", target, "evil.example:" + port);

            assertThat(answer.status()).as(target).isEqualTo(421);
            assertThat(JSON.readTree(answer.body())).as(target).isEqualTo(JSON.readTree("""
                    {"error": "misdirected request", "detail": "this server does not answer for host 'evil.example:%d': \
                    reach it as localhost or 127.0.0.1, or as graph.newsroom.example.org; if 'evil.example' is its \
                    public name, start it with --public-url (INFLUENCE_GRAPH_PUBLIC_URL)"}""".formatted(port)));
        }
        Answer write = Answer.send(port, "POST", "/api/articles?title=Planted", "evil.example");
        assertThat(write.status()).isEqualTo(421);
    }

    @Test
    void loopback_names_and_addresses_the_public_host_and_the_bind_address_pass() throws Exception {
        int port = published.http().port();
        for (String host : List.of(
                "localhost:" + port,
                "LOCALHOST",
                "localhost.:" + port,
                "app.localhost:" + port,
                "127.0.0.1:" + port,
                "127.1.2.3",
                "[::1]:" + port,
                "graph.newsroom.example.org",
                "Graph.Newsroom.Example.Org:443")) {
            assertThat(Answer.send(port, "GET", "/api/health", host).status())
                    .as(host)
                    .isEqualTo(200);
        }
        for (String host : List.of(
                "localhost.evil.example",
                "127.0.0.1.evil.example",
                "127.0.0.256",
                "128.0.0.1",
                "[::2]:" + port,
                "newsroom.example.org",
                "graph.newsroom.example.org.evil.example",
                "0.0.0.0")) {
            assertThat(Answer.send(port, "GET", "/api/health", host).status())
                    .as(host)
                    .isEqualTo(421);
        }
    }

    @Test
    void the_embed_snippet_is_built_from_the_public_url_whatever_the_host() throws Exception {
        int port = published.http().port();
        JsonNode snippet =
                JSON.readTree(Answer.send(port, "GET", "/api/embed/mediators?name=Prigozhin", "localhost:" + port)
                        .body());
        Answer page = Answer.send(port, "GET", "/embed/mediators?name=Prigozhin", "127.0.0.1:" + port);

        assertThat(snippet.get("url").asText()).isEqualTo(PUBLIC + "/embed/mediators?name=Prigozhin");
        assertThat(snippet.get("iframe").asText())
                .startsWith("<iframe src=\"" + PUBLIC + "/embed/mediators?name=Prigozhin\" ");
        assertThat(page.body())
                .contains("&lt;iframe src=&quot;" + PUBLIC + "/embed/mediators?name=Prigozhin&quot;")
                .doesNotContain("localhost");
    }

    @Test
    void without_a_public_url_the_snippet_names_the_address_the_server_listens_on() throws Exception {
        int port = local.http().port();
        JsonNode snippet =
                JSON.readTree(Answer.send(port, "GET", "/api/embed/mediators?name=Prigozhin", "localhost:" + port)
                        .body());

        assertThat(snippet.get("url").asText())
                .isEqualTo("http://127.0.0.1:" + port + "/embed/mediators?name=Prigozhin");
    }

    /** One HTTP/1.1 exchange over a socket to 127.0.0.1 with the Host given. */
    private record Answer(int status, String body) {

        static Answer send(int port, String method, String target, String host) throws IOException {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                String body = method.equals("POST") ? "Vladimir Putin met Alexander Lukashenko in Minsk." : "";
                OutputStream out = socket.getOutputStream();
                out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                                + (body.isEmpty()
                                        ? ""
                                        : "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n")
                                + "\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                String raw = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
                int split = raw.indexOf("\r\n\r\n");
                String head = raw.substring(0, split);
                String rest = raw.substring(split + 4);
                int status = Integer.parseInt(head.substring(9, 12));
                return new Answer(
                        status, head.toLowerCase().contains("transfer-encoding: chunked") ? unchunk(rest) : rest);
            }
        }

        private static byte[] readAll(InputStream in) throws IOException {
            var bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        }

        private static String unchunk(String chunked) {
            var body = new StringBuilder();
            int at = 0;
            while (true) {
                int eol = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, eol + 2, eol + 2 + size);
                at = eol + 2 + size + 2;
            }
        }
    }
}
