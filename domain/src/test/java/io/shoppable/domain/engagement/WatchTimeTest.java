package io.shoppable.domain.engagement;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class WatchTimeTest {

    @Test
    void a_watch_time_is_0_to_86400_seconds() {
        assertThat(new WatchTime(0).seconds()).isZero();
        assertThat(new WatchTime(86_400).seconds()).isEqualTo(86_400);
        assertInvalid("dwell_time", () -> new WatchTime(-0.5));
        assertInvalid("dwell_time", () -> new WatchTime(86_400.5));
    }

    @Test
    void a_watch_time_that_is_not_a_number_is_invalid() {
        assertInvalid("dwell_time", () -> new WatchTime(Double.NaN));
        assertInvalid("dwell_time", () -> new WatchTime(Double.POSITIVE_INFINITY));
    }
}
