package io.shoppable.recommendation.scoring;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.candidates.Candidate;
import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.SessionContext;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.testing.SeededRandomSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static io.shoppable.recommendation.Facts.BEAUTY;
import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorerTest {

    /** The spec's undamped engagement term; the damped one has its own test. */
    private final Scorer scorer = new Scorer(RecommendationConfig.spec().withQuality(
            RecommendationConfig.Quality.defaults().with(RecommendationConfig.Damping.SPEC)), new SeededRandomSource());

    /** Fashion and Tech are matched categories, Tech touched in the session; "summer" and "hat" are matched tags. */
    private final UserProfile profile = profile(Set.of(FASHION, TECH), Set.of(TECH), Set.of("summer", "hat"));

    @Test
    void a_matched_category_scores_two_points() {
        assertThat(scorer.category(video(1).in(FASHION).build(), profile)).isEqualTo(2.0);
    }

    @Test
    void a_category_touched_in_the_session_scores_two_points_times_five() {
        assertThat(scorer.category(video(1).in(TECH).build(), profile)).isEqualTo(10.0);
    }

    @Test
    void an_unmatched_category_scores_nothing() {
        assertThat(scorer.category(video(1).in(BEAUTY).build(), profile)).isZero();
    }

    @Test
    void each_matching_tag_scores_one_and_a_half_points() {
        assertThat(scorer.tags(video(1).tagged("summer", "hat", "beach").build(), profile)).isEqualTo(3.0);
        assertThat(scorer.tags(video(1).tagged("beach").build(), profile)).isZero();
    }

    @Test
    void engagement_is_a_hundredth_per_view_one_per_like_and_one_point_two_per_share() {
        // 0.01 * 200 + 1.0 * 3 + 1.2 * 5 = 2 + 3 + 6
        assertThat(scorer.engagement(video(1).counts(200, 3, 5).build())).isCloseTo(11.0, within(1e-12));
    }

    @Test
    void trend_is_four_times_the_trend_score() {
        assertThat(scorer.trend(video(1).trending(0.25).build())).isEqualTo(1.0);
    }

    @Test
    void freshness_is_one_point_under_twenty_four_hours() {
        assertThat(scorer.freshness(video(1).created(NOW.minus(Duration.ofHours(23))).build(), NOW)).isEqualTo(1.0);
        assertThat(scorer.freshness(video(1).created(NOW.minus(Duration.ofHours(24))).build(), NOW)).isZero();
    }

    @Test
    void the_random_term_is_below_half_a_point_and_the_same_for_the_same_seed_and_video() {
        for (long id = 1; id <= 200; id++) {
            double draw = scorer.random(video(id).build(), 42L);
            assertThat(draw).isGreaterThanOrEqualTo(0).isLessThan(0.5);
            assertThat(scorer.random(video(id).build(), 42L)).isEqualTo(draw);
        }
        assertThat(scorer.random(video(1).build(), 42L)).isNotEqualTo(scorer.random(video(1).build(), 43L));
    }

    @Test
    void the_default_damping_takes_the_natural_logarithm_of_one_plus_the_spec_engagement() {
        var damped = new Scorer(RecommendationConfig.spec(), new SeededRandomSource());

        assertThat(damped.engagement(video(1).counts(200, 3, 5).build())).isCloseTo(Math.log(12.0), within(1e-12));
    }

    @Test
    void the_total_is_the_sum_of_the_terms() {
        var candidate = new Candidate(video(1).in(TECH).tagged("hat").counts(100, 2, 0).trending(0.5)
                .created(NOW.minus(Duration.ofHours(1))).build(), Set.of(SourceKind.RECENT));

        var scored = scorer.score(candidate, profile, NOW, 42L);

        var score = scored.score();
        // 10 (session category) + 1.5 (one tag) + 3 (1 + 2) + 2 (4 * 0.5) + 1 (fresh) + the draw
        assertThat(score.total()).isCloseTo(17.5 + score.random(), within(1e-12));
        assertThat(scored.personal()).isTrue();
        assertThat(scored.fresh()).isTrue();
    }

    @Test
    void a_video_by_a_followed_creator_is_personal_without_matching_anything() {
        var followed = new UserProfile(Map.of(), Map.of(), Map.of(new UserId(100), 1.0), session(Set.of()),
                Set.of(), Set.of());

        var scored = scorer.score(new Candidate(video(1).in(BEAUTY).by(100).build(), Set.of(SourceKind.FOLLOWING)),
                followed, NOW, 1L);

        assertThat(scored.personal()).isTrue();
        assertThat(scored.score().matchesInterests()).isFalse();
    }

    private static UserProfile profile(Set<CategoryId> matched, Set<CategoryId> session, Set<String> tags) {
        return new UserProfile(Map.of(), Map.of(), Map.of(), session(session), matched, tags);
    }

    private static SessionContext session(Set<CategoryId> categories) {
        return new SessionContext(NOW.minus(Duration.ofMinutes(30)), categories);
    }
}
