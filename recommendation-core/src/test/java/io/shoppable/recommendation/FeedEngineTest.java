package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.mixing.Slot;
import io.shoppable.recommendation.scoring.ScoreBreakdown;
import io.shoppable.recommendation.signals.Dismissal;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;
import io.shoppable.testing.SeededRandomSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.shoppable.recommendation.Facts.BEAUTY;
import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class FeedEngineTest {

    private final FeedEngine engine = new FeedEngine(RecommendationConfig.spec(), new SeededRandomSource());

    @Test
    void the_same_request_gives_the_same_feed() {
        var signals = catalogue(List.of(SignalEvent.of(SignalKind.LIKE, v(1), NOW.minus(Duration.ofDays(1)))));

        var first = engine.rank(request(10, 0, 42L), signals);
        var again = engine.rank(request(10, 0, 42L), signals);
        var otherSeed = engine.rank(request(10, 0, 43L), signals);

        assertThat(again).isEqualTo(first);
        assertThat(first.ids()).hasSize(10).doesNotHaveDuplicates();
        assertThat(otherSeed.ids()).as("another day or session shuffles equal scores").isNotEqualTo(first.ids());
    }

    @Test
    void a_viewer_who_liked_fashion_gets_fashion_in_the_interest_share_up_to_the_category_cap() {
        var signals = catalogue(List.of(SignalEvent.of(SignalKind.LIKE, v(1), NOW.minus(Duration.ofDays(1))),
                SignalEvent.of(SignalKind.LIKE, v(2), NOW.minus(Duration.ofDays(2)))));

        var page = engine.rank(request(10, 0, 42L), signals);

        var interest = page.items().stream().filter(item -> item.slot() == Slot.INTEREST).toList();
        assertThat(interest).as("at most 4 of one category in 10 items").hasSize(4);
        assertThat(page.ids()).hasSize(10);
        assertThat(interest).allSatisfy(item -> assertThat(category(signals, item.video())).isEqualTo(FASHION));
    }

    @Test
    void a_session_touch_boosts_its_category_to_the_top() {
        var events = new ArrayList<SignalEvent>();
        for (long id = 1; id <= 5; id++) {
            events.add(SignalEvent.of(SignalKind.LIKE, v(id), NOW.minus(Duration.ofDays(1))));
        }
        events.add(0, SignalEvent.of(SignalKind.PRODUCT_VIEW, v(31), NOW.minus(Duration.ofMinutes(2))));
        var signals = catalogue(events);

        var page = engine.rank(request(10, 0, 42L), signals);

        assertThat(category(signals, page.ids().get(0))).isEqualTo(TECH);
        assertThat(page.items().get(0).score().category()).isEqualTo(10.0);
    }

    @Test
    void a_cold_viewer_gets_trending_and_discovery_with_the_newest_upload() {
        var signals = catalogue(List.of());

        var page = engine.rank(request(10, 0, 42L), signals);

        assertThat(page.items()).extracting(RankedVideo::slot).containsOnly(Slot.TRENDING, Slot.DISCOVERY);
        assertThat(page.ids()).contains(v(99));
    }

    @Test
    void the_next_page_never_repeats_a_video_and_the_same_cursor_gives_the_same_page() {
        var signals = catalogue(List.of(SignalEvent.of(SignalKind.LIKE, v(1), NOW)));

        var first = engine.rank(request(10, 0, 42L), signals);
        var cursor = first.next().orElseThrow();
        var second = engine.rank(next(cursor), signals);

        assertThat(cursor.page()).isEqualTo(1);
        assertThat(cursor.served()).isEqualTo(first.ids());
        assertThat(second.ids()).hasSize(10).doesNotContainAnyElementsOf(first.ids());
        assertThat(engine.rank(next(cursor), signals).ids()).isEqualTo(second.ids());
    }

    @Test
    void once_everything_was_served_the_page_is_empty_and_ends_the_feed() {
        var signals = catalogue(List.of());
        var all = List.copyOf(signals.videos().keySet());

        var page = engine.rank(new FeedRequest("user:1", Optional.of(new UserId(1)), 10, 3, Optional.empty(), NOW,
                42L, all, List.of()), signals);

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void seen_videos_fill_the_page_only_after_every_unseen_one_least_recently_seen_first() {
        var videos = new HashMap<VideoId, VideoFacts>();
        for (long id = 1; id <= 5; id++) {
            videos.put(v(id), video(id).in(new CategoryId(id)).build());
        }
        var signals = new Signals(List.of(), Set.of(), Map.of(SourceKind.RECENT, List.of(v(1), v(2)),
                SourceKind.RESEEN, List.of(v(5), v(3), v(4))), videos);

        var page = engine.rank(request(4, 0, 42L), signals);

        assertThat(page.ids().subList(0, 2)).containsExactlyInAnyOrder(v(1), v(2));
        assertThat(page.ids().subList(2, 4)).containsExactly(v(5), v(3));
        assertThat(page.items().get(2).reasons()).contains(Reason.of(Reason.Kind.SEEN_BEFORE));
    }

    @Test
    void a_muted_creator_and_the_viewers_own_videos_are_left_out() {
        var videos = new HashMap<VideoId, VideoFacts>();
        videos.put(v(1), video(1).by(7).in(FASHION).build());
        videos.put(v(2), video(2).by(1).in(TECH).build());
        videos.put(v(3), video(3).by(8).in(TECH).build());
        var dismissed = video(9).by(7).in(BEAUTY).build();
        var signals = new Signals(List.of(), Set.of(), Map.of(SourceKind.RECENT, List.of(v(1), v(2), v(3))), videos,
                List.of(new Dismissal(dismissed, NOW.minus(Duration.ofDays(1)))));

        assertThat(engine.rank(request(10, 0, 42L), signals).ids()).containsExactly(v(3));
    }

    @Test
    void the_last_page_has_no_next() {
        var page = engine.rank(request(50, 0, 42L), catalogue(List.of()));

        assertThat(page.next()).isEmpty();
    }

    @Test
    void each_position_explains_its_slot_sources_and_score_terms() {
        var item = new RankedVideo(v(12), Slot.INTEREST, Set.of(SourceKind.SIMILAR_TAGS, SourceKind.INTEREST),
                new ScoreBreakdown(2.0, 3.0, 0, 2.0, 0.42, 0));

        assertThat(item.explain()).isEqualTo("12 interest via interest,similar_tags: 7.42 = category 2.00 + tags 3.00"
                + " + engagement 0.00 + trend 2.00 + random 0.42 + freshness 0.00");
    }

    private static FeedRequest request(int limit, int page, long seed) {
        return new FeedRequest("user:1", Optional.of(new UserId(1)), limit, page, Optional.empty(), NOW, seed,
                List.of(), List.of());
    }

    private static FeedRequest next(FeedCursor cursor) {
        return new FeedRequest("user:1", Optional.of(new UserId(1)), 10, cursor.page(), Optional.empty(),
                cursor.rankedAt(), cursor.seed(), cursor.served(), cursor.tail());
    }

    private static CategoryId category(Signals signals, VideoId id) {
        return signals.videos().get(id).category();
    }

    /**
     * 1..20 Fashion (interest and similar-tag proposals), 31..40 Tech (interest), 51..60 trending in
     * categories 4 to 6, 91..99 recent uploads in Beauty and category 7, 99 an hour old.
     */
    private static Signals catalogue(List<SignalEvent> events) {
        var videos = new HashMap<VideoId, VideoFacts>();
        var proposals = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
        var interest = new ArrayList<VideoId>();
        var similar = new ArrayList<VideoId>();
        for (long id = 1; id <= 20; id++) {
            videos.put(v(id), video(id).in(FASHION).tagged("summer").build());
            interest.add(v(id));
            similar.add(v(id));
        }
        for (long id = 31; id <= 40; id++) {
            videos.put(v(id), video(id).in(TECH).tagged("gadgets").build());
            interest.add(v(id));
        }
        var trending = new ArrayList<VideoId>();
        for (long id = 51; id <= 60; id++) {
            videos.put(v(id), video(id).in(new CategoryId(4 + id % 3)).trending(1.0 - id / 100.0)
                    .build());
            trending.add(v(id));
        }
        var recent = new ArrayList<VideoId>();
        for (long id = 99; id >= 91; id--) {
            videos.put(v(id), video(id).in(id % 2 == 0 ? BEAUTY : new CategoryId(7))
                    .created(NOW.minus(Duration.ofHours(100 - id))).build());
            recent.add(v(id));
        }
        proposals.put(SourceKind.INTEREST, interest);
        proposals.put(SourceKind.SIMILAR_TAGS, similar);
        proposals.put(SourceKind.TRENDING, trending);
        proposals.put(SourceKind.RECENT, recent);
        return new Signals(events, Set.of(), proposals, Map.copyOf(videos));
    }
}
