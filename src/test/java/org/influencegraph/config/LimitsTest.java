package org.influencegraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The limits' defaults are stated once: serve's options, left alone, give {@link Limits#DEFAULTS}. */
class LimitsTest {

    @Test
    void serve_without_limit_options_runs_with_the_default_limits() {
        LimitOptions options = new LimitOptions();
        new CommandLine(options).parseArgs();

        assertThat(options.limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(Limits.DEFAULTS.maxBody()).isEqualTo(1_000_000);
        assertThat(Limits.DEFAULTS.maxUpload()).isEqualTo(50_000_000);
    }

    @Test
    void a_limit_given_on_the_command_line_replaces_its_default_only() {
        LimitOptions options = new LimitOptions();
        new CommandLine(options).parseArgs("--max-body", "2m", "--max-rows", "5");

        assertThat(options.limits())
                .isEqualTo(new Limits(
                        2_000_000,
                        Limits.DEFAULTS.maxUpload(),
                        Limits.DEFAULTS.queryTimeout(),
                        5,
                        Limits.DEFAULTS.maxConcurrent(),
                        Limits.DEFAULTS.maxQueued(),
                        Limits.DEFAULTS.queueWait(),
                        Limits.DEFAULTS.articleTime()));
    }
}
