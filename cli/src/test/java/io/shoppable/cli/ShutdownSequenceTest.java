package io.shoppable.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownSequenceTest {

    @Test
    void steps_run_in_the_order_added_and_a_failing_step_does_not_stop_the_rest() {
        var ran = new ArrayList<String>();
        var sequence = new ShutdownSequence()
                .then("stop HTTP", () -> ran.add("http"))
                .then("flush counters", () -> {
                    ran.add("flush");
                    throw new IllegalStateException("flush failed");
                })
                .then("close the database", () -> ran.add("database"));

        sequence.run();

        assertThat(ran).containsExactly("http", "flush", "database");
    }

    @Test
    void the_sequence_reports_whether_every_step_succeeded() {
        var clean = new ShutdownSequence().then("stop HTTP", () -> { }).then("close the database", () -> { });
        var broken = new ShutdownSequence().then("flush counters", () -> {
            throw new IllegalStateException("flush failed");
        });

        assertThat(clean.runAll()).isTrue();
        assertThat(broken.runAll()).isFalse();
    }
}
