package io.shoppable.persistence.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.engagement.CountedEvent;
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
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiCounterStoreTest {

    private static final long WINDOW = T0.getEpochSecond() / 30;

    private final Ports ports = JdbiPorts.fresh();
    private final Given given = new Given(ports);
    private final JdbiCounterStore store = new JdbiCounterStore(TestDatabase.jdbi());

    private long count(String query) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }

    private static CountedEvent event(Video video, InteractionKind kind, String key, long window) {
        return new CountedEvent(new NewInteraction(Optional.empty(), key, video.id(), Optional.empty(), kind,
                Optional.empty(), ExtraData.empty(), T0), window);
    }

    private static CountedEvent view(Video video, String key) {
        return event(video, InteractionKind.VIEW, key, WINDOW);
    }

    @Test
    void a_batch_adds_to_videos_and_creator_profiles_and_appends_its_events() {
        var owner = given.aUser();
        given.aCreator(owner);
        var hot = given.aVideo().by(owner).create();
        var other = given.aVideo().by(owner).create();

        assertThat(store.apply(new CounterBatch(List.of(view(hot, "a"), view(hot, "b"), view(hot, "c"),
                view(other, "a"), event(hot, InteractionKind.SHARE, "a", WINDOW),
                event(hot, InteractionKind.SHARE, "b", WINDOW))))).isEqualTo(6);
        assertThat(store.apply(new CounterBatch(List.of(view(hot, "d"))))).isEqualTo(1);

        var stats = ports.videos().findById(hot.id()).orElseThrow().stats();
        assertThat(stats.views()).isEqualTo(4);
        assertThat(stats.shares()).isEqualTo(2);
        assertThat(ports.videos().findById(other.id()).orElseThrow().stats().views()).isEqualTo(1);
        assertThat(count("SELECT views_count FROM creator_profiles")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(7);
    }

    @Test
    void a_claim_already_stored_by_another_node_is_neither_logged_nor_counted() {
        var video = given.aVideo().create();
        store.apply(new CounterBatch(List.of(view(video, "a"))));

        long counted = store.apply(new CounterBatch(List.of(view(video, "a"), view(video, "b"),
                event(video, InteractionKind.SHARE, "a", WINDOW),
                event(video, InteractionKind.VIEW, "a", WINDOW + 1))));

        assertThat(counted).isEqualTo(3);
        assertThat(ports.videos().findById(video.id()).orElseThrow().stats().views()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM user_interactions WHERE session_key = 'a'")).isEqualTo(3);
    }

    @Test
    void two_nodes_flushing_overlapping_claims_at_once_count_each_claim_once() throws Exception {
        var video = given.aVideo().create();
        var nodeA = IntStream.range(0, 200).mapToObj(i -> view(video, "s" + (1000 + i))).toList();
        var nodeB = IntStream.range(100, 300).mapToObj(i -> view(video, "s" + (1000 + i))).toList();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> store.apply(new CounterBatch(nodeA)));
            var b = pool.submit(() -> store.apply(new CounterBatch(nodeB)));

            assertThat(a.get() + b.get()).isEqualTo(300);
        } finally {
            pool.shutdown();
        }
        assertThat(ports.videos().findById(video.id()).orElseThrow().stats().views()).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(300);
    }

    @Test
    void counts_and_events_of_a_deleted_video_are_dropped_without_failing_the_batch() {
        var kept = given.aVideo().create();
        var deleted = given.aVideo().create();
        ports.videos().delete(deleted.id());

        assertThat(store.apply(new CounterBatch(List.of(view(kept, "a"), view(deleted, "b"))))).isEqualTo(1);

        assertThat(ports.videos().findById(kept.id()).orElseThrow().stats().views()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(1);
    }
}
