package org.influencegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.influencegraph.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import --bulk} from the command line: a first load, a refusal, then the online import finds it all. */
class BulkImportCommandTest {

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
    void a_bulk_first_load_then_a_refusal_then_an_online_import_that_changes_nothing() throws Exception {
        String fixture =
                Path.of(getClass().getResource("/fixtures/native").toURI()).toString();
        String data = dir.resolve("data").toString();

        assertThat(run("import", "--bulk", "--data", data, fixture))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .containsPattern("entities\\s+6\\s+0\\s+0")
                .containsPattern("ties\\s+3\\s+0\\s+0")
                .contains("loaded in bulk");
        out.getBuffer().setLength(0);

        assertThat(run("import", "--bulk", "--data", data, fixture)).isEqualTo(2);
        assertThat(err.toString())
                .contains("--bulk loads an empty database only")
                .contains("holds ");

        assertThat(run("import", "--data", data, fixture)).isZero();
        assertThat(out.toString())
                .containsPattern("sources\\s+0\\s+0\\s+2")
                .containsPattern("entities\\s+0\\s+0\\s+6")
                .containsPattern("ties\\s+0\\s+0\\s+3")
                .doesNotContain("loaded in bulk");
    }

    @Test
    void bulk_with_skip_invalid_is_refused_before_anything_opens() throws Exception {
        String fixture =
                Path.of(getClass().getResource("/fixtures/native").toURI()).toString();
        assertThat(run(
                        "import",
                        "--bulk",
                        "--skip-invalid",
                        "--data",
                        dir.resolve("d").toString(),
                        fixture))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--bulk cannot be combined with --skip-invalid");
    }
}
