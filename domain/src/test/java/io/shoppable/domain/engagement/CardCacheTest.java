package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryCardBodies;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CardCacheTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final List<List<VideoId>> bodyReads = new ArrayList<>();
    private final CardBodies bodies = videos -> {
        bodyReads.add(List.copyOf(videos));
        return new InMemoryCardBodies(ports).of(videos);
    };
    private long version = 1;
    private final VideoStates states = (viewer, videos) -> {
        var byVideo = new HashMap<VideoId, VideoStates.State>();
        videos.forEach(id -> byVideo.put(id, new VideoStates.State(new VideoStats(7, 1, 0, 0), true, false, false,
                Optional.empty())));
        return new VideoStates.States(version, byVideo);
    };

    private CardCache cache(int maxCards) {
        return new CardCache(bodies, states, new CounterBuffer(Duration.ofSeconds(30)), Duration.ofSeconds(60),
                maxCards, clock);
    }

    @Test
    void only_the_cards_missing_on_this_node_are_read_and_counters_come_fresh() {
        var cache = cache(10);
        var first = given.aVideo().create().id();
        var second = given.aVideo().create().id();
        cache.of(Given.anonymous(), List.of(first));

        var page = cache.of(Given.anonymous(), List.of(second, first));

        assertThat(bodyReads).containsExactly(List.of(first), List.of(second));
        assertThat(page).extracting(card -> card.video().id()).containsExactly(second, first);
        assertThat(page).allSatisfy(card -> assertThat(card.video().stats()).isEqualTo(new VideoStats(7, 1, 0, 0)));
    }

    @Test
    void a_full_cache_drops_the_least_recently_shown_card() {
        var cache = cache(2);
        var first = given.aVideo().create().id();
        var second = given.aVideo().create().id();
        var third = given.aVideo().create().id();
        cache.of(Given.anonymous(), List.of(first, second));
        cache.of(Given.anonymous(), List.of(first));
        bodyReads.clear();

        cache.of(Given.anonymous(), List.of(third));
        cache.of(Given.anonymous(), List.of(first, second));

        assertThat(bodyReads).containsExactly(List.of(third), List.of(second));
    }

    @Test
    void cards_are_read_again_when_the_catalogue_moves_or_the_ttl_has_passed() {
        var cache = cache(10);
        var video = given.aVideo().create().id();
        cache.of(Given.anonymous(), List.of(video));

        version = 2;
        cache.of(Given.anonymous(), List.of(video));
        clock.advance(Duration.ofSeconds(60));
        cache.of(Given.anonymous(), List.of(video));
        cache.of(Given.anonymous(), List.of(video));

        assertThat(bodyReads).hasSize(3);
    }
}
