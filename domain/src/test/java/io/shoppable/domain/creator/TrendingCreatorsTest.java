package io.shoppable.domain.creator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendingCreatorsTest {

    private final TrendingCreators trending = new TrendingCreators(TrendingConfig.defaults());

    private static CreatorStats stats(long id, long followers, long views, long likes, long newFollows,
                                      boolean verified) {
        return new CreatorStats(new CreatorId(id), followers, views, likes, newFollows, verified);
    }

    @Test
    void the_score_adds_logarithmic_social_proof_the_badge_and_growth() {
        // ln(101) + 0.5 ln(1001) + ln(11) + 2 + 5 * 20 / 100 = 4.6151 + 3.4544 + 2.3979 + 2 + 1 = 13.4674
        assertThat(trending.score(stats(1, 100, 1_000, 10, 20, true))).isCloseTo(13.4674, within(1e-4));
    }

    @Test
    void a_creator_with_nothing_scores_zero() {
        assertThat(trending.score(stats(1, 0, 0, 0, 0, false))).isZero();
    }

    @Test
    void a_small_creator_gaining_fast_overtakes_a_bigger_static_one() {
        // big: ln(51) = 3.93; small: ln(11) + 5 * 10 / 10 = 2.40 + 5 = 7.40
        var big = stats(1, 50, 0, 0, 0, false);
        var small = stats(2, 10, 0, 0, 10, false);

        assertThat(trending.rank(List.of(big, small))).containsExactly(new CreatorId(2), new CreatorId(1));
    }

    @Test
    void verification_breaks_an_otherwise_even_race_and_ties_go_to_the_lower_id() {
        var plain = stats(1, 10, 10, 0, 0, false);
        var verified = stats(3, 10, 10, 0, 0, true);
        var twin = stats(2, 10, 10, 0, 0, false);

        assertThat(trending.rank(List.of(plain, verified, twin)))
                .containsExactly(new CreatorId(3), new CreatorId(1), new CreatorId(2));
    }

    @Test
    void the_ranking_keeps_only_the_configured_number() {
        var ranking = new TrendingCreators(new TrendingConfig(1, 0, 0, 0, 0, Duration.ofDays(7), 10, 2));

        assertThat(ranking.rank(List.of(stats(1, 1, 0, 0, 0, false), stats(2, 3, 0, 0, 0, false),
                stats(3, 2, 0, 0, 0, false)))).containsExactly(new CreatorId(2), new CreatorId(3));
    }
}
