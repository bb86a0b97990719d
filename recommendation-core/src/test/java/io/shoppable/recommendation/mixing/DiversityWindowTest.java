package io.shoppable.recommendation.mixing;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class DiversityWindowTest {

    private static final RecommendationConfig.Quality RULES = RecommendationConfig.Quality.defaults();

    @Test
    void the_same_creator_never_comes_twice_in_a_row_even_across_a_page_boundary() {
        var window = new DiversityWindow(RULES, true, List.of(new Placed(v(1), new UserId(7), new CategoryId(1))));

        assertThat(window.allows(by(2, 7, 2))).isFalse();
        assertThat(window.allows(by(3, 8, 2))).isTrue();
    }

    @Test
    void a_creator_appears_at_most_twice_in_any_ten_consecutive_items() {
        var window = new DiversityWindow(RULES, true, List.of());
        window.place(by(1, 7, 1));
        window.place(by(2, 8, 2));
        window.place(by(3, 7, 3));
        window.place(by(4, 9, 4));

        assertThat(window.allows(by(5, 7, 5))).isFalse();
        for (int i = 0; i < 6; i++) {
            window.place(by(10 + i, 20 + i, 10 + i));
        }
        assertThat(window.allows(by(5, 7, 5))).as("the first item by 7 left the window").isTrue();
    }

    @Test
    void a_category_appears_at_most_four_times_in_ten_unless_the_feed_is_narrowed_to_it() {
        var strict = new DiversityWindow(RULES, true, List.of());
        var narrowed = new DiversityWindow(RULES, false, List.of());
        for (int i = 0; i < 4; i++) {
            strict.place(by(i + 1, 100 + i, 1));
            narrowed.place(by(i + 1, 100 + i, 1));
        }

        assertThat(strict.allows(by(9, 200, 1))).isFalse();
        assertThat(narrowed.allows(by(9, 200, 1))).isTrue();
    }

    @Test
    void relaxing_drops_the_category_cap_then_the_creator_cap_then_the_consecutive_rule() {
        var window = new DiversityWindow(RULES, true, List.of());
        window.place(by(1, 7, 1));
        window.place(by(2, 8, 1));
        window.place(by(3, 7, 1));
        window.place(by(4, 8, 1));

        assertThat(window.allows(by(5, 9, 1), 0)).isFalse();
        assertThat(window.allows(by(5, 9, 1), 1)).isTrue();
        assertThat(window.allows(by(5, 7, 1), 1)).isFalse();
        assertThat(window.allows(by(5, 7, 1), 2)).isTrue();
        assertThat(window.allows(by(5, 8, 1), 2)).isFalse();
        assertThat(window.allows(by(5, 8, 1), 3)).isTrue();
        assertThat(window.tail()).hasSize(4);
    }

    private static VideoFacts by(long id, long creator, long category) {
        return video(id).by(creator).in(new CategoryId(category)).build();
    }
}
