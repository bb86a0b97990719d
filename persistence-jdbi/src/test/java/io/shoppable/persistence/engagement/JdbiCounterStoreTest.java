package io.shoppable.persistence.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.engagement.CounterBatch;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiCounterStoreTest {

    private final Ports ports = JdbiPorts.fresh();
    private final Given given = new Given(ports);
    private final JdbiCounterStore store = new JdbiCounterStore(TestDatabase.jdbi());

    private long count(String query) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }

    private static NewInteraction event(Video video, InteractionKind kind, String key) {
        return new NewInteraction(Optional.empty(), key, video.id(), Optional.empty(), kind, Optional.empty(),
                ExtraData.empty(), T0);
    }

    @Test
    void a_batch_adds_to_videos_and_creator_profiles_and_appends_its_events() {
        var owner = given.aUser();
        given.aCreator(owner);
        var hot = given.aVideo().by(owner).create();
        var other = given.aVideo().by(owner).create();

        store.apply(new CounterBatch(Map.of(hot.id(), 3L, other.id(), 1L), Map.of(hot.id(), 2L),
                Map.of(owner.id(), 4L), List.of(event(hot, InteractionKind.VIEW, "session:a"),
                event(hot, InteractionKind.SHARE, "session:b"))));
        store.apply(new CounterBatch(Map.of(hot.id(), 1L), Map.of(), Map.of(owner.id(), 1L), List.of()));

        var stats = ports.videos().findById(hot.id()).orElseThrow().stats();
        assertThat(stats.views()).isEqualTo(4);
        assertThat(stats.shares()).isEqualTo(2);
        assertThat(ports.videos().findById(other.id()).orElseThrow().stats().views()).isEqualTo(1);
        assertThat(count("SELECT views_count FROM creator_profiles")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(2);
    }

    @Test
    void counts_and_events_of_a_deleted_video_are_dropped_without_failing_the_batch() {
        var kept = given.aVideo().create();
        var deleted = given.aVideo().create();
        ports.videos().delete(deleted.id());

        store.apply(new CounterBatch(Map.of(kept.id(), 1L, deleted.id(), 1L), Map.of(), Map.of(),
                List.of(event(kept, InteractionKind.VIEW, "session:a"), event(deleted, InteractionKind.VIEW, "s:b"))));

        assertThat(ports.videos().findById(kept.id()).orElseThrow().stats().views()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(1);
    }
}
