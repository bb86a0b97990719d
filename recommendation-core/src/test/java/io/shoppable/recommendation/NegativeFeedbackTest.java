package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.recommendation.signals.Dismissal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NegativeFeedbackTest {

    private static final RecommendationConfig.Quality QUALITY = RecommendationConfig.Quality.defaults();

    @Test
    void the_dismissed_video_is_out_for_good_and_its_creator_and_category_are_muted_for_fourteen_days() {
        var dismissed = video(1).by(7).in(new CategoryId(3)).build();
        var feedback = feedback(new Dismissal(dismissed, NOW.minus(Duration.ofDays(13))));

        assertThat(feedback.factor(dismissed)).isZero();
        assertThat(feedback.factor(video(2).by(7).in(new CategoryId(4)).build())).isZero();
        assertThat(feedback.factor(video(3).by(8).in(new CategoryId(3)).build())).isZero();
        assertThat(feedback.factor(video(4).by(8).in(new CategoryId(4)).build())).isEqualTo(1.0);
    }

    @Test
    void then_they_recover_linearly_over_thirty_days() {
        var dismissed = video(1).by(7).in(new CategoryId(3)).build();
        var sameCreator = video(2).by(7).in(new CategoryId(4)).build();

        assertThat(feedback(new Dismissal(dismissed, NOW.minus(Duration.ofDays(29)))).factor(sameCreator))
                .isCloseTo(0.5, within(1e-9));
        assertThat(feedback(new Dismissal(dismissed, NOW.minus(Duration.ofDays(44)))).factor(sameCreator))
                .isEqualTo(1.0);
        assertThat(feedback(new Dismissal(dismissed, NOW.minus(Duration.ofDays(80)))).factor(dismissed))
                .as("the video itself never recovers").isZero();
    }

    @Test
    void several_dismissals_take_the_strongest_mute() {
        var old = new Dismissal(video(1).by(7).in(new CategoryId(3)).build(), NOW.minus(Duration.ofDays(40)));
        var recent = new Dismissal(video(2).by(8).in(new CategoryId(3)).build(), NOW.minus(Duration.ofDays(1)));

        assertThat(feedback(old, recent).factor(video(3).by(9).in(new CategoryId(3)).build())).isZero();
    }

    private static NegativeFeedback feedback(Dismissal... dismissals) {
        return new NegativeFeedback(List.of(dismissals), QUALITY, NOW);
    }
}
