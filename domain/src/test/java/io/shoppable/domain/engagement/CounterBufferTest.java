package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CounterBufferTest {

    private static final Instant T0 = Instant.parse("2026-11-26T06:00:00Z");

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final Video stored = given.aVideo().by(given.aUser("owner")).create();
    private final ViewTarget video = new ViewTarget(stored.id(), stored.owner(), true, 0, 0);
    private final CounterBuffer buffer = new CounterBuffer(Duration.ofSeconds(30));

    private static Viewer session(int i) {
        return new Viewer.Anonymous("session-" + i);
    }

    @Test
    void a_drain_takes_every_acknowledged_count_and_leaves_the_buffer_empty() {
        for (int i = 0; i < 5; i++) {
            buffer.view(session(i), video, T0);
        }
        buffer.share(session(0), video, T0);

        var batch = buffer.drain(T0);

        assertThat(batch.events()).extracting(counted -> counted.event().kind())
                .containsOnly(InteractionKind.VIEW, InteractionKind.SHARE).hasSize(6);
        assertThat(batch.acknowledged()).isEqualTo(6);
        assertThat(buffer.pendingViews(video.video())).isZero();
        assertThat(buffer.pendingShares(video.video())).isZero();
        assertThat(buffer.drain(T0).isEmpty()).isTrue();
    }

    @Test
    void a_crash_loses_at_most_what_was_acknowledged_since_the_last_drain() {
        buffer.view(session(1), video, T0);
        buffer.view(session(2), video, T0);
        var written = buffer.drain(T0);
        buffer.view(session(3), video, T0.plusMillis(100));

        assertThat(written.acknowledged()).isEqualTo(2);
        assertThat(buffer.pendingViews(video.video())).as("the only counts a crash now loses").isEqualTo(1);
    }

    @Test
    void a_restored_batch_is_written_by_the_next_drain_together_with_newer_counts() {
        buffer.view(session(1), video, T0);
        var failed = buffer.drain(T0);
        buffer.view(session(2), video, T0);

        buffer.restore(failed);

        assertThat(buffer.pendingViews(video.video())).isEqualTo(2);
        var retried = buffer.drain(T0);
        assertThat(retried.events()).extracting(counted -> counted.event().sessionKey())
                .containsExactly("session-1", "session-2");
    }

    @Test
    void the_dedupe_window_survives_a_drain_and_ends_after_thirty_seconds() {
        assertThat(buffer.view(session(1), video, T0)).isTrue();
        buffer.drain(T0.plusSeconds(10));

        assertThat(buffer.view(session(1), video, T0.plusSeconds(29))).isFalse();
        buffer.drain(T0.plusSeconds(31));
        assertThat(buffer.view(session(1), video, T0.plusSeconds(31))).isTrue();
    }

    @Test
    void each_count_claims_the_fixed_window_its_instant_falls_in() {
        assertThat(buffer.view(session(1), video, T0.minusSeconds(1))).isTrue();
        assertThat(buffer.view(session(2), video, T0)).isTrue();

        assertThat(buffer.drain(T0).events()).extracting(CountedEvent::window)
                .containsExactly(T0.getEpochSecond() / 30 - 1, T0.getEpochSecond() / 30);
    }

    @Test
    void a_window_is_a_whole_number_of_seconds() {
        assertThatThrownBy(() -> new CounterBuffer(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CounterBuffer(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_views_and_shares_are_counted_events() {
        var tracked = new NewInteraction(Optional.empty(), "session-1", video.video(), Optional.empty(),
                InteractionKind.CTA_CLICK, Optional.empty(), ExtraData.empty(), T0);

        assertThatThrownBy(() -> new CountedEvent(tracked, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
