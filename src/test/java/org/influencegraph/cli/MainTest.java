package org.influencegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.influencegraph.Main;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

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
    void an_unknown_flag_is_one_line_and_exit_code_2() {
        int code = run("serve", "--nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("error: Unknown option: '--nope' (see 'influence-graph serve --help')"
                        + System.lineSeparator());
    }

    @Test
    void every_subcommand_has_help_that_names_its_environment_variables() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(run("import", "--help")).isZero();
        assertThat(run("query", "--help")).isZero();

        assertThat(out.toString()).contains("env NEO4J_URI", "env IG_PORT", "env IG_DATA", "--skip-invalid", "--list");
    }

    @Test
    void entities_are_searched_reviewed_merged_and_unmerged_from_the_command_line() throws Exception {
        String data = dir.resolve("data").toString();
        String first = Path.of(getClass()
                        .getResource("/fixtures/resolve/first.ftm.json")
                        .toURI())
                .toString();
        String second = Path.of(getClass()
                        .getResource("/fixtures/resolve/second.ftm.json")
                        .toURI())
                .toString();
        assertThat(run("import", "--data", data, first)).isZero();
        assertThat(run("import", "--data", data, second)).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("entities", "search", "--data", data, "Ціханоўская")).isZero();
        assertThat(out.toString()).startsWith("0.960  first-tikhanovskaya  Svetlana Tikhanovskaya (person)  as ");
        out.getBuffer().setLength(0);
        assertThat(run("entities", "duplicates", "--data", data, "--min-score", "0.5"))
                .isZero();
        assertThat(out.toString())
                .startsWith("0.600  first-oreshkin (Dmitry Oreshkin)  ~  second-oreshkin (Andrei Oreshkin)");
        out.getBuffer().setLength(0);

        assertThat(run("entities", "merge", "--data", data, "first-oreshkin", "second-oreshkin"))
                .isZero();
        String merge = out.toString().replaceAll("(?s).* as (merge-[0-9a-f-]+):.*", "$1");
        assertThat(out.toString()).startsWith("merged second-oreshkin into first-oreshkin as merge-");
        out.getBuffer().setLength(0);
        assertThat(run("entities", "undo", "--data", data, merge)).isZero();
        assertThat(out.toString()).startsWith("undid " + merge + ": second-oreshkin is back");
        assertThat(run("entities", "undo", "--data", data, merge)).isEqualTo(2);
        assertThat(err.toString()).contains("error: no merge with id '" + merge + "' (undone already?)");
    }

    @Test
    void import_prints_what_it_created_and_a_second_run_changes_nothing() throws Exception {
        String fixture =
                Path.of(getClass().getResource("/fixtures/native").toURI()).toString();
        String data = dir.resolve("data").toString();

        assertThat(run("import", "--data", data, fixture)).isZero();
        assertThat(out.toString()).containsPattern("ties\\s+3\\s+0\\s+0");
        out.getBuffer().setLength(0);

        assertThat(run("import", "--data", data, fixture)).isZero();
        assertThat(out.toString())
                .containsPattern("sources\\s+0\\s+0\\s+2")
                .containsPattern("entities\\s+0\\s+0\\s+6")
                .containsPattern("ties\\s+0\\s+0\\s+3");
    }

    @Test
    void import_reads_articles_and_says_how_many_and_where_the_unsure_facts_wait() throws Exception {
        Path story = dir.resolve("story.txt");
        java.nio.file.Files.writeString(
                story,
                "Minsk talks\n\nAlexander Lukashenko acted as the intermediary between "
                        + "Yevgeny Prigozhin and Vladimir Putin. Angela Merkel backed Emmanuel Macron.\n");
        String data = dir.resolve("data").toString();

        assertThat(run("import", "--data", data, story.toString())).isZero();
        assertThat(out.toString())
                .containsPattern("events\\s+1\\s+0\\s+0")
                .containsPattern("1 article in [\\d.]+ s .*held for review: query candidates");
        out.getBuffer().setLength(0);
        assertThat(run("query", "--data", data, "candidates")).isZero();
        assertThat(out.toString())
                .contains("Angela Merkel supports Emmanuel Macron")
                .contains("1 row");
    }

    @Test
    void import_tells_follow_the_money_files_by_their_content_and_reads_csv_through_a_mapping() throws Exception {
        String ftm = Path.of(
                        getClass().getResource("/fixtures/ftm/cluster.ftm.json").toURI())
                .toString();
        Path renamed = dir.resolve("cluster.jsonl");
        Files.copy(Path.of(ftm), renamed);
        Path mapped = Path.of(getClass().getResource("/fixtures/mapped").toURI());
        String data = dir.resolve("data").toString();

        assertThat(run("import", "--data", data, renamed.toString())).isZero();
        assertThat(out.toString())
                .containsPattern("entities\\s+6\\s+0\\s+0")
                .containsPattern("ties\\s+8\\s+0\\s+0")
                .contains("left out (no place in the model): 1 Vessel");
        out.getBuffer().setLength(0);

        assertThat(run(
                        "import",
                        "--data",
                        data,
                        "--mapping",
                        mapped.resolve("ties.yaml").toString(),
                        mapped.resolve("ties.csv").toString()))
                .isZero();
        assertThat(out.toString()).containsPattern("ties\\s+5\\s+0\\s+0");

        assertThat(run(
                        "import",
                        "--data",
                        data,
                        "--format",
                        "mapped-csv",
                        mapped.resolve("ties.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("error: --format mapped-csv needs --mapping FILE");
    }

    @Test
    void query_answers_from_the_same_catalog_as_the_api_as_a_table_csv_or_json() throws Exception {
        String fixture =
                Path.of(getClass().getResource("/fixtures/native").toURI()).toString();
        String data = dir.resolve("data").toString();
        assertThat(run("import", "--data", data, fixture)).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("query", "--data", data, "--list")).isZero();
        assertThat(out.toString()).contains("mediators — Mediators", "-p maxHops=…  integer, default 4");
        out.getBuffer().setLength(0);

        assertThat(run("query", "--data", data, "mediators", "--format", "csv")).isZero();
        assertThat(out.toString().lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("mediator,parties,event,date,places,sources,edges");
        out.getBuffer().setLength(0);

        assertThat(run("query", "--data", data, "mediators", "-p", "name=Nobody Atall"))
                .isEqualTo(2);
        assertThat(err.toString())
                .endsWith("error: parameter 'name': no actor named 'Nobody Atall'" + System.lineSeparator());
    }

    @Test
    void import_of_a_bad_file_names_the_line_and_exits_1() throws Exception {
        Path bad = dir.resolve("entities.csv");
        Files.writeString(bad, "entity,type,name\np1,persn,Ann\n");

        int code = run("import", "--data", dir.resolve("data").toString(), bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains(
                        "error: " + bad + ":2: column 'type': unknown type 'persn'",
                        "Nothing was imported: 1 problems in 1 rows.");
    }

    @Test
    void a_failure_the_user_can_fix_is_one_line_without_a_stack_trace() {
        int code = run("import", "--uri", "bolt://127.0.0.1:" + TestSupport.freePort(), dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("error: no .csv, .json, .jsonl, .ndjson, .txt, .md or .html files under")
                .doesNotContain("\tat ");
    }

    @Test
    void serve_refuses_to_listen_beyond_loopback_with_open_reads_or_a_database_without_a_password() {
        int open =
                run("serve", "--bind", "0.0.0.0", "--data", dir.resolve("data").toString());
        assertThat(open).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("error: --bind 0.0.0.0 listens beyond this machine, where anyone could "
                        + "read the graph: add --reads token (IG_READS=token), or --insecure (IG_INSECURE=true) if that is what "
                        + "you want" + System.lineSeparator());
        err.getBuffer().setLength(0);

        int noPassword = run(
                "serve",
                "--bind",
                "0.0.0.0",
                "--reads",
                "token",
                "--no-db-auth",
                "--data",
                dir.resolve("data").toString());
        assertThat(noPassword).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("error: --bind 0.0.0.0 with --no-db-auth would open the embedded "
                        + "database's Bolt and Browser ports to anyone: drop --no-db-auth (IG_NO_DB_AUTH), or add --insecure "
                        + "(IG_INSECURE=true) if that is what you want" + System.lineSeparator());
        // Refused before anything starts: no database, no token file.
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void the_token_command_shows_and_rotates_the_tokens_of_a_data_folder() throws Exception {
        Path file = dir.resolve("data/api-tokens");
        org.influencegraph.access.Tokens.open(file);
        assertThat(run("token", "show", "--data", dir.resolve("data").toString()))
                .isZero();
        String write = out.toString().strip();
        assertThat(write).startsWith("igw_");
        out.getBuffer().setLength(0);
        assertThat(run("token", "rotate", "--data", dir.resolve("data").toString()))
                .isZero();
        String rotated = out.toString().strip();
        assertThat(rotated).startsWith("igw_").isNotEqualTo(write);
        assertThat(org.influencegraph.access.Tokens.show(file, org.influencegraph.access.Tokens.Kind.WRITE))
                .isEqualTo(rotated);
        assertThat(run("token", "show", "--data", dir.resolve("none").toString()))
                .isEqualTo(2);
    }
}
