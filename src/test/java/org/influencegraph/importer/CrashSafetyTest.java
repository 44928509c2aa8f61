package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.influencegraph.synth.SyntheticNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills imports and databases with SIGKILL, in separate processes, at moments drawn at random, then runs the same
 * import again and compares every node and relationship with a clean run's.
 */
class CrashSafetyTest {

    private static final int BATCH = 1_000;
    /** The seed of the kill moments; a failure message quotes the moment, so a run can be repeated. */
    private static final long SEED = Long.getLong("crash.seed", 20261123L);

    @TempDir
    static Path dir;

    private static Path files;
    private static String clean;

    @BeforeAll
    static void cleanRun() throws Exception {
        files = dir.resolve("files");
        new SyntheticNetwork(new SyntheticNetwork.Size(2_000, 16_000, 1_000, 40), 7).write(files);
        Path data = dir.resolve("clean");
        Child run = Child.start(data, "import", "--batch-size", String.valueOf(BATCH), files.toString());
        assertThat(run.waitFor()).as(run.output()).isZero();
        clean = fingerprint(data);
        assertThat(clean).contains("ADVISES").hasSizeGreaterThan(50_000);
    }

    @Test
    void an_import_killed_at_any_moment_then_run_again_gives_the_clean_graph() throws Exception {
        var random = new SplittableRandom(SEED);
        List<String> moments = new ArrayList<>();
        // Once while the database starts, once while batches are being written.
        for (int kill = 0; kill < 2; kill++) {
            Path data = dir.resolve("killed-" + kill);
            Child run = Child.start(data, "import", "--batch-size", String.valueOf(BATCH), files.toString());
            long delay;
            if (kill == 0) {
                delay = 500 + random.nextInt(1_500);
                Thread.sleep(delay);
            } else {
                assertThat(run.written.await(120, TimeUnit.SECONDS))
                        .as(run.output())
                        .isTrue();
                delay = random.nextInt(1_500);
                Thread.sleep(delay);
            }
            run.kill();
            String moment = (kill == 0 ? delay + " ms after start" : delay + " ms after the first batch") + ": "
                    + run.lastLine();
            moments.add(moment);

            Child again = Child.start(data, "import", "--batch-size", String.valueOf(BATCH), files.toString());
            assertThat(again.waitFor()).as(moment + "\n" + again.output()).isZero();
            assertThat(fingerprint(data)).as("after a kill " + moment).isEqualTo(clean);
        }
        assertThat(moments).hasSize(2);
    }

    @Test
    void a_database_killed_during_an_import_recovers_and_the_import_run_again_gives_the_clean_graph() throws Exception {
        Path data = dir.resolve("server");
        int bolt = TestSupport.freePort();
        Child server = serve(data, bolt);
        var options = TestSupport.remote(URI.create("bolt://127.0.0.1:" + bolt));
        // As a command pointed at that server would: its password is in its data folder.
        options.dataDir = data;
        var killed = new CountDownLatch(1);
        long delay = new SplittableRandom(SEED).nextInt(1_000);
        try (App app = App.open(options, false)) {
            new NativeImporter(app.graph())
                    .run(
                            NativeImporter.inputs(List.of(files)),
                            new ImportOptions(BATCH, false, false),
                            (table, rows) -> {
                                if (killed.getCount() > 0 && table == Table.TIES) {
                                    sleep(delay);
                                    server.kill();
                                    killed.countDown();
                                }
                            });
        } catch (RuntimeException expected) {
            // The import fails with the database gone; what it committed is what the restart must find.
        }
        assertThat(killed.getCount()).isZero();

        Child restarted = serve(data, bolt);
        try {
            try (App app = App.open(options, false)) {
                var report = new NativeImporter(app.graph())
                        .run(
                                NativeImporter.inputs(List.of(files)),
                                new ImportOptions(BATCH, false, false),
                                Importer.Progress.NONE);
                assertThat(report.ok()).isTrue();
                assertThat(TestNeo4j.fingerprint(app.graph()))
                        .as("killed " + delay + " ms into the ties")
                        .isEqualTo(clean);
            }
        } finally {
            restarted.kill();
        }
    }

    private static Child serve(Path data, int bolt) throws Exception {
        Child server = Child.start(
                data,
                "serve",
                "--no-sample",
                "--no-nlp-warmup",
                "--port",
                String.valueOf(TestSupport.freePort()),
                "--bolt-port",
                String.valueOf(bolt),
                "--browser-port",
                String.valueOf(TestSupport.freePort()));
        assertThat(server.ready.await(120, TimeUnit.SECONDS))
                .as(server.output())
                .isTrue();
        return server;
    }

    private static String fingerprint(Path data) {
        try (App app = App.open(TestSupport.embedded(data), false)) {
            Graph graph = app.graph();
            return TestNeo4j.fingerprint(graph);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command line in a JVM of its own, on this test's class path, so that it can be killed outright. */
    private static final class Child {
        final Process process;
        final CountDownLatch written = new CountDownLatch(1);
        final CountDownLatch ready = new CountDownLatch(1);
        private final StringBuffer output = new StringBuffer();
        private volatile String lastLine = "";

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (var in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                        lastLine = line;
                        if (line.contains("rows written")) {
                            written.countDown();
                        }
                        if (line.startsWith("Influence Graph is ready")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The process was killed.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path data, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.influencegraph.Main"));
            command.addAll(List.of(args));
            command.addAll(List.of("--data", data.toString()));
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("NEO4J_URI");
            return new Child(builder.start());
        }

        int waitFor() throws InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        }

        /** SIGKILL: no shutdown hook, no flush, no clean close of the store. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String output() {
            return output.toString();
        }

        String lastLine() {
            return lastLine;
        }
    }
}
