package io.shoppable.http;

import io.shoppable.domain.shared.Invalid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedCursorTest {

    @Test
    void a_cursor_reads_back_as_the_position_it_was_made_for() {
        assertThat(FeedCursor.offset(FeedCursor.of(40))).isEqualTo(40);
        assertThat(FeedCursor.offset(null)).isZero();
    }

    @Test
    void anything_the_service_did_not_give_out_is_invalid_on_cursor() {
        for (var forged : new String[] {"%%%", "NDA", FeedCursor.of(1).substring(1), "bzotMQ"}) {
            assertThatThrownBy(() -> FeedCursor.offset(forged)).isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).fields()).containsKey("cursor"));
        }
    }
}
