package io.shoppable.http.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.FeedCursor;
import io.shoppable.recommendation.mixing.Placed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedCursorsTest {

    private final FeedCursors cursors = new FeedCursors("secret");

    @Test
    void a_cursor_round_trips_with_every_served_video_and_the_tail() {
        var served = new ArrayList<VideoId>();
        for (long id = 500; id > 300; id -= 1) {
            served.add(new VideoId(id * 7 % 1000 + 1));
        }
        var cursor = new FeedCursor(10, -42L, Instant.parse("2026-11-26T12:00:00.123Z"), served,
                List.of(new Placed(new VideoId(5), new UserId(9), new CategoryId(2))));

        var encoded = cursors.encode(cursor);

        assertThat(cursors.decode(encoded)).contains(cursor);
        assertThat(encoded.length()).as("200 served videos fit a URL comfortably").isLessThan(600);
    }

    @Test
    void no_cursor_is_the_first_page() {
        assertThat(cursors.decode(null)).isEmpty();
        assertThat(cursors.decode(" ")).isEmpty();
    }

    @Test
    void a_cursor_signed_with_another_secret_or_altered_or_garbage_is_invalid() {
        var cursor = new FeedCursor(1, 1L, Instant.EPOCH, List.of(new VideoId(3)), List.of());
        var foreign = new FeedCursors("other").encode(cursor);
        var mine = cursors.encode(cursor);
        var altered = mine.substring(0, 2) + (mine.charAt(2) == 'A' ? 'B' : 'A') + mine.substring(3);

        for (var bad : List.of(foreign, altered, "not a cursor", "Zg")) {
            assertThatThrownBy(() -> cursors.decode(bad)).isInstanceOf(Invalid.class);
        }
    }
}
