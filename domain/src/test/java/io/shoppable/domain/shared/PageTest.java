package io.shoppable.domain.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void a_page_request_asks_for_1_to_100_items_from_a_non_negative_offset() {
        assertThat(PageRequest.firstPage()).isEqualTo(new PageRequest(20, 0));
        assertThat(PageRequest.first(100)).isEqualTo(new PageRequest(100, 0));
        assertInvalid("limit", () -> new PageRequest(0, 0));
        assertInvalid("limit", () -> new PageRequest(101, 0));
        assertInvalid("offset", () -> new PageRequest(10, -1));
    }

    @Test
    void a_page_has_a_next_page_while_items_remain_after_it() {
        assertThat(new Page<>(List.of("a", "b"), 5, new PageRequest(2, 0)).hasNext()).isTrue();
        assertThat(new Page<>(List.of("c", "d"), 5, new PageRequest(2, 2)).hasNext()).isTrue();
        assertThat(new Page<>(List.of("e"), 5, new PageRequest(2, 4)).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), 0, PageRequest.firstPage()).hasNext()).isFalse();
    }

    @Test
    void a_page_has_a_previous_page_unless_it_starts_at_the_beginning() {
        assertThat(new Page<>(List.of("a"), 3, new PageRequest(1, 0)).hasPrevious()).isFalse();
        assertThat(new Page<>(List.of("b"), 3, new PageRequest(1, 1)).hasPrevious()).isTrue();
    }

    @Test
    void a_total_smaller_than_the_page_is_a_bug() {
        assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 1, PageRequest.firstPage()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapping_a_page_keeps_its_total_and_request() {
        var page = new Page<>(List.of(1, 2), 7, new PageRequest(2, 4));

        assertThat(page.map(n -> "#" + n)).isEqualTo(new Page<>(List.of("#1", "#2"), 7, new PageRequest(2, 4)));
    }
}
