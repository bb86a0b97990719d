package io.shoppable.recommendation.related;

import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.CoEngagement;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.shoppable.recommendation.Facts.BEAUTY;
import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class MoreLikeThisTest {

    private final MoreLikeThis moreLikeThis = new MoreLikeThis(RecommendationConfig.Related.defaults());
    private final AlsoWatched alsoWatched = new AlsoWatched(RecommendationConfig.Related.defaults());

    @Test
    void ranks_by_one_and_a_half_per_shared_tag_plus_two_for_the_same_category_then_trend() {
        var target = video(1).in(FASHION).tagged("summer", "dress", "beach").build();
        var twoTags = video(2).in(TECH).tagged("summer", "dress").build();            // 3.0
        var sameCategory = video(3).in(FASHION).build();                               // 2.0
        var oneTagSameCategory = video(4).in(FASHION).tagged("beach").build();         // 3.5
        var hotCategoryOnly = video(5).in(FASHION).trending(0.9).build();              // 2.0, hotter than 3
        var unrelated = video(6).in(BEAUTY).tagged("lipstick").build();                // 0

        var ranked = moreLikeThis.rank(target, List.of(twoTags, sameCategory, oneTagSameCategory, hotCategoryOnly,
                unrelated, target));

        assertThat(ranked).containsExactly(v(4), v(2), v(5), v(3));
        assertThat(moreLikeThis.likeness(target, oneTagSameCategory)).isEqualTo(3.5);
    }

    @Test
    void returns_at_most_ten() {
        var target = video(1).in(FASHION).build();
        var many = new ArrayList<VideoFacts>();
        for (long id = 2; id <= 30; id++) {
            many.add(video(id).in(FASHION).build());
        }

        assertThat(moreLikeThis.rank(target, many)).hasSize(10).doesNotContain(v(1));
    }

    @Test
    void also_watched_ranks_by_distinct_people_then_fills_with_more_like_this() {
        var coEngaged = List.of(new CoEngagement(video(2).build(), 1), new CoEngagement(video(3).build(), 4),
                new CoEngagement(video(4).trending(0.5).build(), 1));

        var ranked = alsoWatched.rank(v(1), coEngaged, List.of(v(3), v(1), v(9)));

        assertThat(ranked).containsExactly(v(3), v(4), v(2), v(9));
    }

    @Test
    void also_watched_without_data_is_more_like_this() {
        assertThat(alsoWatched.rank(v(1), List.of(), List.of(v(5), v(6)))).containsExactly(v(5), v(6));
    }
}
