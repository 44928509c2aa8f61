package org.influencegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.influencegraph.Main;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `serve` as a user starts it, in a JVM of its own: the Browser link it prints, and the tools beside it. */
class ServeSecurityTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void serve_links_the_browser_to_its_bolt_port_and_commands_on_this_machine_find_its_password() throws Exception {
        Path data = dir.resolve("data");
        int api = TestSupport.freePort();
        int bolt = TestSupport.freePort();
        int browser = TestSupport.freePort();
        try (Serve server = Serve.start(
                data,
                "--port",
                String.valueOf(api),
                "--bolt-port",
                String.valueOf(bolt),
                "--browser-port",
                String.valueOf(browser))) {
            Path file = data.toAbsolutePath().normalize().resolve("neo4j-password");
            assertThat(server.output())
                    .contains("\n  Browser   http://127.0.0.1:" + browser + "/browser/?dbms=bolt://"
                            + "neo4j@127.0.0.1:" + bolt
                            + "&db=neo4j&preselectAuthMethod=NATIVE\n            user neo4j, "
                            + "password: `token show --neo4j` prints it (kept in " + file + ")\n")
                    .doesNotContain("warning");

            assertThat(run("token", "show", "--neo4j", "--data", data.toString()))
                    .isZero();
            Properties kept = new Properties();
            kept.load(Files.newBufferedReader(file));
            assertThat(out.toString().strip())
                    .isEqualTo(kept.getProperty("password"))
                    .hasSize(43);

            // The README's "import into a running server": no password typed, the data folder has it.
            assertThat(run(
                            "import",
                            "--uri",
                            "bolt://127.0.0.1:" + bolt,
                            "--data",
                            data.toString(),
                            TestSupport.fixture("native").toString()))
                    .as(err.toString())
                    .isZero();
            var health = new ObjectMapper()
                    .readTree(TestSupport.get("http://127.0.0.1:" + api + "/api/health")
                            .body());
            assertThat(health.get("nodes").asLong()).isEqualTo(11);

            assertThat(run("token", "rotate", "--neo4j", "--data", data.toString()))
                    .isEqualTo(2);
            assertThat(err.toString())
                    .contains("error: the database password is set when `serve` starts: stop it, " + "delete " + file
                            + ", and start it again to get a new one");
        }
    }

    @Test
    void no_db_auth_keeps_the_database_open_as_before_and_warns_at_start() throws Exception {
        Path data = dir.resolve("data");
        int bolt = TestSupport.freePort();
        int browser = TestSupport.freePort();
        try (Serve server = Serve.start(
                data,
                "--no-db-auth",
                "--port",
                String.valueOf(TestSupport.freePort()),
                "--bolt-port",
                String.valueOf(bolt),
                "--browser-port",
                String.valueOf(browser))) {
            assertThat(server.output())
                    .startsWith("warning: --no-db-auth: the embedded database asks no password, so "
                            + "anyone on this machine and any web page open in its browsers can read, change or wipe the graph "
                            + "over its Bolt port (" + bolt + "), whatever the API's tokens say\n")
                    .contains("\n  Browser   http://127.0.0.1:" + browser + "/browser/?dbms=bolt://127.0.0.1:" + bolt
                            + "&db=neo4j&preselectAuthMethod=NO_AUTH  (no password)\n");
            try (Graph open =
                    Graph.connect(URI.create("bolt://127.0.0.1:" + bolt), null, null, "neo4j", Graph.Mode.REMOTE)) {
                assertThat(open.read(
                                "RETURN 1 AS one", Map.of(), r -> r.get("one").asInt()))
                        .containsExactly(1);
            }
            assertThat(data.resolve("neo4j-password")).doesNotExist();
        }
    }

    /** `serve` in a JVM of its own on this test's class path, stopped with SIGTERM as Ctrl-C would. */
    private static final class Serve implements AutoCloseable {
        private final Process process;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final StringBuffer output = new StringBuffer();

        private Serve(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (var in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                        if (line.startsWith("Press Ctrl-C to stop.")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Serve start(Path data, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.influencegraph.Main",
                    "serve",
                    "--no-sample",
                    "--no-nlp-warmup",
                    "--data",
                    data.toString()));
            command.addAll(List.of(args));
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("IG_") || k.startsWith("INFLUENCE_GRAPH_"));
            Serve serve = new Serve(builder.start());
            if (!serve.ready.await(120, TimeUnit.SECONDS)) {
                serve.close();
                throw new AssertionError("serve did not start:\n" + serve.output());
            }
            return serve;
        }

        String output() {
            return output.toString();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
