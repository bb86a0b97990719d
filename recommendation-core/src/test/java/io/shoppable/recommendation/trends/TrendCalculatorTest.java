package io.shoppable.recommendation.trends;

import io.shoppable.recommendation.RecommendationConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.shoppable.recommendation.Facts.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:30:00Z");

    private final TrendCalculator calculator = new TrendCalculator(RecommendationConfig.Trends.defaults());

    @Test
    void the_hottest_video_scores_one_and_the_others_their_share_of_it() {
        // video 1: 2 likes this hour = 2 * 3 = 6; video 2: 3 views this hour = 3 * 1 = 3
        var hour = Instant.parse("2026-11-24T12:00:00Z");
        var scores = calculator.scores(List.of(
                new EngagementCount(v(1), TrendEvent.LIKE, hour, 2),
                new EngagementCount(v(2), TrendEvent.VIEW, hour, 3)), NOW);

        assertThat(scores.get(v(1))).isEqualTo(1.0);
        assertThat(scores.get(v(2))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void engagement_halves_every_twenty_four_hours() {
        // both hours' middles are NOW and NOW - 24 h: one share then is worth half a share now
        var scores = calculator.scores(List.of(
                new EngagementCount(v(1), TrendEvent.SHARE, Instant.parse("2026-11-24T12:00:00Z"), 1),
                new EngagementCount(v(2), TrendEvent.SHARE, Instant.parse("2026-11-23T12:00:00Z"), 1)), NOW);

        assertThat(scores.get(v(2))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void each_kind_has_its_weight() {
        assertThat(List.of(TrendEvent.VIEW, TrendEvent.LIKE, TrendEvent.SAVE, TrendEvent.SHARE, TrendEvent.ADD_TO_CART))
                .extracting(calculator::weight).containsExactly(1.0, 3.0, 4.0, 5.0, 6.0);
    }

    @Test
    void an_hour_reaching_into_the_window_counts() {
        // the window starts at 12:30 three days ago; the 12:00 hour overlaps it
        var scores = calculator.scores(List.of(
                new EngagementCount(v(1), TrendEvent.LIKE, Instant.parse("2026-11-21T12:00:00Z"), 1)), NOW);

        assertThat(scores.get(v(1))).isEqualTo(1.0);
    }

    @Test
    void engagement_outside_the_window_counts_nothing() {
        var scores = calculator.scores(List.of(
                new EngagementCount(v(1), TrendEvent.LIKE, NOW.minus(Duration.ofHours(73)), 100)), NOW);

        assertThat(scores).isEmpty();
    }
}
