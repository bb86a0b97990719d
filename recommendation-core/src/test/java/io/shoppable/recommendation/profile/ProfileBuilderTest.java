package io.shoppable.recommendation.profile;

import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.shoppable.recommendation.Facts.BEAUTY;
import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.HOME;
import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.SPORTS;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProfileBuilderTest {

    private final ProfileBuilder builder = new ProfileBuilder(RecommendationConfig.spec());

    @Test
    void an_event_weighs_one_over_days_since_plus_one() {
        assertThat(ProfileBuilder.decay(NOW, NOW)).isEqualTo(1.0);
        assertThat(ProfileBuilder.decay(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(0.5);
        assertThat(ProfileBuilder.decay(NOW.minus(Duration.ofHours(12)), NOW)).isCloseTo(1 / 1.5, within(1e-12));
        assertThat(ProfileBuilder.decay(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo(0.25);
    }

    @Test
    void each_kind_has_its_weight_and_a_watch_counts_in_proportion_to_its_seconds_up_to_the_cap() {
        assertThat(builder.weight(SignalEvent.of(SignalKind.LIKE, v(1), NOW))).isEqualTo(1.0);
        assertThat(builder.weight(SignalEvent.of(SignalKind.SAVE, v(1), NOW))).isEqualTo(1.5);
        assertThat(builder.weight(SignalEvent.of(SignalKind.PRODUCT_VIEW, v(1), NOW))).isEqualTo(0.5);
        assertThat(builder.weight(SignalEvent.of(SignalKind.ADD_TO_CART, v(1), NOW))).isEqualTo(2.0);
        assertThat(builder.weight(SignalEvent.watched(v(1), NOW, 15))).isEqualTo(0.5);
        assertThat(builder.weight(SignalEvent.watched(v(1), NOW, 30))).isEqualTo(1.0);
        assertThat(builder.weight(SignalEvent.watched(v(1), NOW, 600))).isEqualTo(1.0);
    }

    @Test
    void a_watch_under_three_seconds_shows_no_interest() {
        assertThat(builder.weight(SignalEvent.watched(v(1), NOW, 2.9))).isZero();
        assertThat(builder.weight(SignalEvent.watched(v(1), NOW, 3))).isEqualTo(0.1);

        var profile = builder.build(signals(List.of(SignalEvent.watched(v(1), NOW, 2)),
                video(1).in(TECH).tagged("gadgets").build()), NOW);

        assertThat(profile.categories()).isEmpty();
        assertThat(profile.tags()).isEmpty();
        assertThat(profile.session().categories()).isEmpty();
        assertThat(profile.isCold()).isTrue();
    }

    @Test
    void category_and_tag_weights_add_up_decayed_events() {
        // like 1 day ago: 1.0 * 1/2 = 0.5; save 12 h ago: 1.5 * 1/1.5 = 1.0; add to cart 3 days ago: 2.0 * 1/4 = 0.5
        var events = List.of(
                SignalEvent.of(SignalKind.LIKE, v(1), NOW.minus(Duration.ofDays(1))),
                SignalEvent.of(SignalKind.SAVE, v(2), NOW.minus(Duration.ofHours(12))),
                SignalEvent.of(SignalKind.ADD_TO_CART, v(3), NOW.minus(Duration.ofDays(3))));

        var profile = builder.build(signals(events,
                video(1).in(FASHION).tagged("summer", "dress").build(),
                video(2).in(FASHION).tagged("summer").build(),
                video(3).in(TECH).tagged("gadgets").build()), NOW);

        assertThat(profile.categories().get(FASHION)).isCloseTo(1.5, within(1e-12));
        assertThat(profile.categories().get(TECH)).isCloseTo(0.5, within(1e-12));
        assertThat(profile.tags().get("summer")).isCloseTo(1.5, within(1e-12));
        assertThat(profile.tags().get("dress")).isCloseTo(0.5, within(1e-12));
        assertThat(profile.tags().get("gadgets")).isCloseTo(0.5, within(1e-12));
        assertThat(profile.session().categories()).isEmpty();
    }

    @Test
    void followed_creators_weigh_the_follow_weight() {
        var signals = new Signals(List.of(), Set.of(new UserId(7)), Map.of(), Map.of());

        var profile = builder.build(signals, NOW);

        assertThat(profile.creators()).containsExactly(Map.entry(new UserId(7), 1.0));
        assertThat(profile.isCold()).isFalse();
    }

    @Test
    void the_session_is_the_categories_touched_in_the_last_thirty_minutes() {
        var events = List.of(
                SignalEvent.of(SignalKind.PRODUCT_VIEW, v(1), NOW.minus(Duration.ofMinutes(29))),
                SignalEvent.of(SignalKind.PRODUCT_VIEW, v(2), NOW.minus(Duration.ofMinutes(31))));

        var profile = builder.build(signals(events, video(1).in(TECH).build(), video(2).in(BEAUTY).build()), NOW);

        assertThat(profile.session().categories()).containsExactly(TECH);
    }

    @Test
    void the_matched_categories_are_the_top_three_plus_the_session_categories() {
        var old = NOW.minus(Duration.ofDays(2));
        var events = List.of(
                SignalEvent.of(SignalKind.ADD_TO_CART, v(1), old),
                SignalEvent.of(SignalKind.SAVE, v(2), old),
                SignalEvent.of(SignalKind.LIKE, v(3), old),
                SignalEvent.of(SignalKind.PRODUCT_VIEW, v(4), old),
                SignalEvent.watched(v(5), NOW.minus(Duration.ofMinutes(5)), 3));

        var profile = builder.build(signals(events, video(1).in(FASHION).build(), video(2).in(TECH).build(),
                video(3).in(BEAUTY).build(), video(4).in(HOME).build(), video(5).in(SPORTS).build()), NOW);

        assertThat(profile.matchedCategories()).containsExactlyInAnyOrder(FASHION, TECH, BEAUTY, SPORTS);
    }

    static Signals signals(List<SignalEvent> events, VideoFacts... videos) {
        return new Signals(events, Set.of(), Map.of(),
                Arrays.stream(videos).collect(Collectors.toMap(VideoFacts::id, Function.identity())));
    }
}
