package io.shoppable.domain.idempotency;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;
import io.shoppable.testing.InMemoryIdempotencyStore;
import io.shoppable.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyServiceTest {

    private static final IdempotencyKey KEY = new IdempotencyKey(new UserId(7), "add_to_cart", "k1");
    private static final StoredResponse OK = new StoredResponse(200, "application/json", "{\"status\":\"success\"}");

    private final MutableClock clock = MutableClock.atT0();
    private final IdempotencyService service = new IdempotencyService(new InMemoryIdempotencyStore(), clock);

    @Test
    void the_first_request_proceeds_and_its_repeat_replays_the_answer() {
        assertThat(service.begin(KEY, "f1")).isInstanceOf(IdempotencyService.Outcome.Proceed.class);
        service.finish(KEY, OK);

        assertThat(service.begin(KEY, "f1")).isEqualTo(new IdempotencyService.Outcome.Replay(OK));
    }

    @Test
    void a_repeat_with_other_content_is_a_mismatch_and_one_still_running_is_in_progress() {
        service.begin(KEY, "f1");

        assertThat(service.begin(KEY, "f1")).isInstanceOf(IdempotencyService.Outcome.InProgress.class);
        service.finish(KEY, OK);
        assertThat(service.begin(KEY, "f2")).isInstanceOf(IdempotencyService.Outcome.Mismatch.class);
    }

    @Test
    void an_abandoned_key_may_be_used_again() {
        service.begin(KEY, "f1");
        service.abandon(KEY);

        assertThat(service.begin(KEY, "f2")).isInstanceOf(IdempotencyService.Outcome.Proceed.class);
    }

    @Test
    void a_key_left_in_progress_by_a_crash_is_taken_over_once_its_lease_ran_out() {
        service.begin(KEY, "f1");
        clock.advance(IdempotencyService.LEASE);
        assertThat(service.begin(KEY, "f1")).isInstanceOf(IdempotencyService.Outcome.InProgress.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(service.begin(KEY, "f1")).isInstanceOf(IdempotencyService.Outcome.Proceed.class);
        assertThat(service.begin(KEY, "f1")).isInstanceOf(IdempotencyService.Outcome.InProgress.class);
    }

    @Test
    void the_lease_is_longer_than_any_request_and_far_shorter_than_a_key_lives() {
        assertThat(IdempotencyService.LEASE).isGreaterThan(Duration.ofSeconds(30))
                .isLessThan(IdempotencyService.TIME_TO_LIVE);
    }

    @Test
    void after_24_hours_a_key_is_new_again_and_purged() {
        service.begin(KEY, "f1");
        service.finish(KEY, OK);
        clock.advance(IdempotencyService.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));

        assertThat(service.purgeExpired()).isEqualTo(1);
        assertThat(service.begin(KEY, "f2")).isInstanceOf(IdempotencyService.Outcome.Proceed.class);
    }

    @Test
    void a_key_must_be_printable_ascii_of_at_most_255_characters() {
        assertThatThrownBy(() -> new IdempotencyKey(new UserId(7), "x", "a b")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> new IdempotencyKey(new UserId(7), "x", "k".repeat(256))).isInstanceOf(Invalid.class);
    }
}
