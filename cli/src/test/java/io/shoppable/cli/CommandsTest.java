package io.shoppable.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

    @TempDir
    Path dataDir;

    @Test
    void load_video_categories_creates_ten_then_updates_ten_on_the_embedded_default() {
        var first = run("load-video-categories", "--data-dir", dataDir.toString());
        var second = run("load-video-categories", "--data-dir", dataDir.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Successfully processed categories: 10 created, 0 updated.\n");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo("Successfully processed categories: 0 created, 10 updated.\n");
    }

    @Test
    void recompute_trends_prints_a_one_line_summary() {
        var result = run("recompute-trends", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Trend scores recomputed: 0 videos trending, 0 scores changed.\n");
    }

    @Test
    void an_unreachable_database_is_one_clear_line_and_a_non_zero_exit() {
        var result = run("migrate", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "--db-user", "nobody", "--db-password", "nothing");

        assertThat(result.exitCode()).isEqualTo(FailureHandler.DATABASE_UNAVAILABLE);
        assertThat(result.err()).startsWith("error: ").contains("127.0.0.1:1").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void a_data_dir_that_cannot_be_written_is_one_clear_line_and_a_non_zero_exit() throws IOException {
        var notADirectory = Files.writeString(dataDir.resolve("a-file"), "not a directory");

        var result = run("migrate", "--data-dir", notADirectory.resolve("data").toString());

        assertThat(result.exitCode()).isEqualTo(FailureHandler.DATABASE_UNAVAILABLE);
        assertThat(result.err()).startsWith("error: ").contains("a-file").doesNotContain("\tat ");
    }

    @Test
    void serve_refuses_a_trend_refresh_that_is_not_positive() {
        var result = run("serve", "--trend-refresh", "PT0S", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--trend-refresh must be a positive duration");
    }

    @Test
    void unknown_options_are_rejected_with_usage_help() {
        var result = run("load-video-categories", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--no-such-option'").contains("Usage:");
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
