package io.shoppable.recommendation.mixing;

import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.candidates.Candidate;
import io.shoppable.recommendation.scoring.ScoreBreakdown;
import io.shoppable.recommendation.scoring.ScoredCandidate;
import io.shoppable.recommendation.signals.SourceKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.shoppable.recommendation.Facts.video;
import static io.shoppable.recommendation.mixing.Slot.DISCOVERY;
import static io.shoppable.recommendation.mixing.Slot.INTEREST;
import static io.shoppable.recommendation.mixing.Slot.TRENDING;
import static org.assertj.core.api.Assertions.assertThat;

class MixerTest {

    private final Mixer mixer = new Mixer(RecommendationConfig.Mix.spec());

    @Test
    void ten_positions_are_six_interest_two_trending_two_discovery_interleaved() {
        var pool = new ArrayList<ScoredCandidate>();
        for (long id = 1; id <= 10; id++) {
            pool.add(personal(id, 100 - id));
            pool.add(trending(100 + id, 50 - id));
            pool.add(discovery(200 + id, 40 - id));
        }

        var feed = mixer.mix(pool, 10);

        assertThat(feed).extracting(MixedItem::slot)
                .containsExactly(INTEREST, TRENDING, DISCOVERY, INTEREST, INTEREST, INTEREST, TRENDING, DISCOVERY,
                        INTEREST, INTEREST);
        assertThat(feed).extracting(item -> item.scored().candidate().video().id().value())
                .containsExactly(1L, 101L, 201L, 2L, 3L, 4L, 102L, 202L, 5L, 6L);
    }

    @Test
    void each_slot_takes_its_best_candidates_in_score_order() {
        var feed = mixer.mix(List.of(personal(1, 5), personal(2, 9), personal(3, 7)), 3);

        assertThat(feed).extracting(item -> item.scored().candidate().video().id().value())
                .containsExactly(2L, 3L, 1L);
    }

    @Test
    void when_interest_runs_short_trending_and_discovery_fill_its_positions() {
        var pool = new ArrayList<ScoredCandidate>();
        pool.add(personal(1, 100));
        pool.add(personal(2, 99));
        for (long id = 1; id <= 10; id++) {
            pool.add(trending(100 + id, 50 - id));
            pool.add(discovery(200 + id, 40 - id));
        }

        var feed = mixer.mix(pool, 10);

        assertThat(feed).extracting(MixedItem::slot).filteredOn(INTEREST::equals).hasSize(2);
        assertThat(feed).extracting(MixedItem::slot).filteredOn(TRENDING::equals).hasSize(4);
        assertThat(feed).extracting(MixedItem::slot).filteredOn(DISCOVERY::equals).hasSize(4);
    }

    @Test
    void a_cold_viewer_gets_only_trending_and_discovery() {
        var pool = new ArrayList<ScoredCandidate>();
        for (long id = 1; id <= 5; id++) {
            pool.add(trending(100 + id, 50 - id));
            pool.add(discovery(200 + id, 40 - id));
        }

        var feed = mixer.mix(pool, 10);

        assertThat(feed).hasSize(10).extracting(MixedItem::slot).containsOnly(TRENDING, DISCOVERY);
    }

    @Test
    void a_video_eligible_for_several_slots_appears_once() {
        var both = scored(1, 100, true, false, SourceKind.TRENDING, SourceKind.INTEREST);

        var feed = mixer.mix(List.of(both, discovery(2, 1)), 10);

        assertThat(feed).extracting(item -> item.scored().candidate().video().id().value())
                .containsExactly(1L, 2L);
    }

    @Test
    void discovery_takes_fresh_videos_before_better_scored_older_ones() {
        var oldButPopular = scored(1, 50, false, false, SourceKind.RECENT);
        var fresh = scored(2, 1, false, true, SourceKind.RECENT);

        var feed = mixer.mix(List.of(oldButPopular, fresh), 1);

        assertThat(feed).extracting(item -> item.scored().candidate().video().id().value()).containsExactly(2L);
        assertThat(feed).extracting(MixedItem::slot).containsExactly(DISCOVERY);
    }

    static ScoredCandidate personal(long id, double total) {
        return scored(id, total, true, false, SourceKind.INTEREST);
    }

    static ScoredCandidate trending(long id, double total) {
        return scored(id, total, false, false, SourceKind.TRENDING);
    }

    /** Outside the viewer's interests and not trending: only discovery takes it. */
    static ScoredCandidate discovery(long id, double total) {
        return scored(id, total, false, false, SourceKind.RECENT);
    }

    static ScoredCandidate scored(long id, double total, boolean personal, boolean fresh, SourceKind... sources) {
        return new ScoredCandidate(new Candidate(video(id).build(), Set.of(sources)),
                new ScoreBreakdown(0, 0, total, 0, 0, 0), personal, fresh);
    }
}
