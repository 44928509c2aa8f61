package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.UserError;
import org.influencegraph.graph.Graph;
import org.influencegraph.model.Article;

/**
 * Every importer fed generated garbage: random bytes, valid files truncated and mutated (flipped bytes, control
 * characters, invalid UTF-8, stray quotes and delimiters), huge fields and deeply nested JSON. Whatever comes in,
 * an import ends in time with a report or a {@link UserError}, never another exception; and when it reports
 * problems and writes nothing, the graph is exactly as before. A property tries {@code jqwik.tries.default}
 * cases (src/test/resources/junit-platform.properties; docs/BENCHMARKS.md has a longer run with
 * {@code -Djqwik.tries.default=...}).
 */
class HostileImportTest {

    private static final List<String> NATIVE =
            List.of("sources.csv", "entities.csv", "events.csv", "participants.csv", "ties.csv");
    private static final List<String> FTM = List.of("cluster.ftm.json", "lukashenko.ftm.json");
    private static final String[] INSERTS = {
        "\u0000",
        "\u0007",
        "\r",
        "\n",
        "\"",
        "\"\"",
        ",",
        "\t",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\u202e",
        "\ufeff",
        "'; MATCH (n) DETACH DELETE n //",
        "<script>alert(1)</script>",
        "null"
    };

    private static Path dir;
    private static Graph graph;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("ig-fuzz");
        graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
    }

    @AfterContainer
    static void stop() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Property
    void a_native_file_mutated_at_random_is_imported_or_refused_cleanly(@ForAll("nativeFiles") Input input) {
        survives(input, ImportFormat.NATIVE);
    }

    @Property
    void a_followthemoney_file_mutated_at_random_is_imported_or_refused_cleanly(@ForAll("ftmFiles") Input input) {
        survives(input, ImportFormat.FTM);
    }

    @Property
    void random_bytes_under_any_importable_name_are_refused_cleanly(@ForAll("randomFiles") Input input) {
        survives(input, null);
    }

    @Property(tries = 5)
    void huge_fields_and_deep_nesting_are_refused_cleanly(@ForAll("extremeFiles") Input input) {
        survives(input, null);
    }

    @Property
    void an_article_of_garbage_is_read_or_refused_cleanly(@ForAll("articles") Input input) {
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return ArticleReader.read(
                        input.name(), input.bytes(), ArticleReader.format(input.name()), java.util.Map.of());
            } catch (UserError e) {
                assertThat(e.getMessage()).startsWith(input.name() + ": ");
                return null;
            }
        });
        if (article != null) {
            assertThat(article.text()).isNotBlank().doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]");
            if (!input.name().endsWith(".txt")) {
                // Plain text is shown as text; markup can only hide in HTML and Markdown.
                assertThat(article.text()).doesNotContainIgnoringCase("<script");
            }
            assertThat(article.id()).startsWith("article-");
        }
    }

    @Provide
    Arbitrary<Input> articles() {
        byte[] html = ("<html><head><title>T</title><meta property=\"og:title\" content=\"A &amp; B\"></head><body>"
                        + "<nav>Menu</nav><article><p>Envoy <b>met</b> the minister.</p><script>alert('x')</script>"
                        + "<p>Talks resume.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] md = "---\ntitle: Talks\ndate: 2024-01-02\n---\n# Talks\n\n**Envoy** met [the minister](x).\n"
                .getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Input> mutatedHtml = Combinators.combine(
                        seeds, Arbitraries.integers().between(1, 8))
                .as((seed, n) -> new Input("page.html", mutate(html, seed, n), false));
        Arbitrary<Input> mutatedMd = Combinators.combine(
                        seeds, Arbitraries.integers().between(1, 8))
                .as((seed, n) -> new Input("story.md", mutate(md, seed, n), false));
        Arbitrary<Input> random = Combinators.combine(
                        Arbitraries.of("a.txt", "b.md", "c.html"),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000))
                .as((name, bytes) -> new Input(name, bytes, false));
        Arbitrary<Input> deep = Arbitraries.integers()
                .between(1_000, 200_000)
                .map(depth -> new Input(
                        "deep.html",
                        ("<div>".repeat(depth) + "text" + "</div>".repeat(depth)).getBytes(StandardCharsets.UTF_8),
                        false));
        return Arbitraries.oneOf(mutatedHtml, mutatedMd, random, deep);
    }

    /** A file to import: its name (which tells its table or format) and its bytes. */
    record Input(String name, byte[] bytes, boolean skipInvalid) {
        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return name + " (" + bytes.length + " bytes, skipInvalid " + skipInvalid + "): " + text;
        }
    }

    private static void survives(Input input, ImportFormat format) {
        String before = TestNeo4j.fingerprint(graph);
        Path file = dir.resolve(input.name());
        try {
            Files.write(file, input.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                var inputs = List.of(ImportInput.of(file));
                var groups = Imports.groups(inputs, format, false);
                var parts = new Imports(graph).run(groups, null, new ImportOptions(500, input.skipInvalid(), false));
                return parts.get(0).report();
            } catch (UserError e) {
                assertThat(e.getMessage()).as("a refusal names the file").contains(input.name());
                return null;
            }
        });
        if (report == null || !report.written()) {
            assertThat(TestNeo4j.fingerprint(graph))
                    .as("nothing stored from a refused file")
                    .isEqualTo(before);
        }
        if (report != null) {
            for (Problem p : report.problems()) {
                assertThat(p.file()).endsWith(input.name());
                assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    @Provide
    Arbitrary<Input> nativeFiles() {
        return mutated(Arbitraries.of(NATIVE), "native/");
    }

    @Provide
    Arbitrary<Input> ftmFiles() {
        return mutated(Arbitraries.of(FTM), "ftm/");
    }

    @Provide
    Arbitrary<Input> randomFiles() {
        Arbitrary<String> names =
                Arbitraries.of("entities.csv", "ties.csv", "events.jsonl", "data.ftm.json", "sources.ndjson");
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(5_000);
        return Combinators.combine(names, bytes, Arbitraries.of(true, false)).as(Input::new);
    }

    @Provide
    Arbitrary<Input> extremeFiles() {
        String hugeName = "x".repeat(2_000_000);
        return Arbitraries.of(
                new Input(
                        "entities.csv",
                        ("entity,type,name\nbig,person," + hugeName + "\n").getBytes(StandardCharsets.UTF_8),
                        false),
                new Input(
                        "entities.csv",
                        ("entity,type,name\nbig,person,\"" + hugeName).getBytes(StandardCharsets.UTF_8),
                        false),
                new Input(
                        "deep.ftm.json",
                        ("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":" + "[".repeat(100_000)
                                        + "]".repeat(100_000) + "}\n")
                                .getBytes(StandardCharsets.UTF_8),
                        false),
                new Input(
                        "events.jsonl",
                        ("{\"record\":\"event\",\"event\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)
                                        + "}\n")
                                .getBytes(StandardCharsets.UTF_8),
                        true),
                new Input(
                        "ties.csv",
                        ("from,type,to\n" + "a,ally-of,b,".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8),
                        false));
    }

    /** A fixture file, cut short and mutated at a few random places. */
    private static Arbitrary<Input> mutated(Arbitrary<String> names, String folder) {
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(names, seeds, Arbitraries.integers().between(1, 6), Arbitraries.of(true, false))
                .as((name, seed, mutations, skip) ->
                        new Input(name, mutate(read(folder + name), seed, mutations), skip));
    }

    static byte[] mutate(byte[] original, long seed, int mutations) {
        var random = new java.util.SplittableRandom(seed);
        byte[] current = random.nextInt(4) == 0
                ? java.util.Arrays.copyOf(original, random.nextInt(original.length + 1))
                : original;
        for (int i = 0; i < mutations && current.length > 0; i++) {
            int at = random.nextInt(current.length);
            byte[] insert =
                    switch (random.nextInt(5)) {
                        case 0 -> new byte[] {(byte) random.nextInt(256)};
                        case 1 -> new byte[] {(byte) 0xC3};
                        case 2 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                        default -> INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                    };
            boolean replace = random.nextBoolean();
            var next = new java.io.ByteArrayOutputStream();
            next.write(current, 0, at);
            next.writeBytes(insert);
            int rest = replace ? Math.min(current.length, at + 1) : at;
            next.write(current, rest, current.length - rest);
            current = next.toByteArray();
        }
        return current;
    }

    private static byte[] read(String fixture) {
        try {
            return Files.readAllBytes(TestSupport.fixture(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
