package io.shoppable.domain.content;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class TagsTest {

    @Test
    void typed_tags_are_trimmed_lowercased_stripped_of_hashes_and_deduplicated_in_order() {
        var tags = Tags.fromUser(Arrays.asList("#Summer", " summer ", "", null, "## Hats", "beach"));

        assertThat(tags.values()).containsExactly("summer", "hats", "beach");
    }

    @Test
    void stored_tags_must_already_be_normalised() {
        assertInvalid("tags", () -> new Tags(List.of("Summer")));
        assertInvalid("tags", () -> new Tags(List.of("#summer")));
        assertInvalid("tags", () -> new Tags(List.of(" ")));
    }

    @Test
    void a_tag_has_at_most_50_characters() {
        assertThat(new Tags(List.of("x".repeat(50))).values()).hasSize(1);
        assertInvalid("tags", () -> new Tags(List.of("x".repeat(51))));
    }

    @Test
    void a_video_has_at_most_20_distinct_tags() {
        var twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "tag" + i).toList();
        var twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toList();

        assertThat(new Tags(twenty).values()).hasSize(20);
        assertInvalid("tags", () -> new Tags(twentyOne));
        assertInvalid("tags", () -> new Tags(List.of("summer", "summer")));
    }

    @Test
    void no_tags_is_fine() {
        assertThat(Tags.none().values()).isEmpty();
        assertThat(Tags.fromUser(Collections.emptyList())).isEqualTo(Tags.none());
    }
}
