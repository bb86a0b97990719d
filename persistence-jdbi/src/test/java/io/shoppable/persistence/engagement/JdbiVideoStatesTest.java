package io.shoppable.persistence.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.engagement.VideoStates;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JdbiVideoStatesTest {

    private static final UserId VIEWER = new UserId(1);

    private final StatementCounter statements = new StatementCounter();
    private final JdbiVideoStates states = new JdbiVideoStates(statements.jdbi());
    private long product;
    private long category;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
        for (long user = 1; user <= 2; user++) {
            update("INSERT INTO users (id, username, created_at, updated_at) VALUES (" + user + ", 'u" + user
                    + "', now(), now()) RETURNING id");
        }
        category = update("INSERT INTO video_categories (name) VALUES ('Fashion') RETURNING id");
        product = update("INSERT INTO products (seller_id, name, price, stock) VALUES (2, 'Hat', 1, 5) RETURNING id");
    }

    @Test
    void a_batch_reads_counters_visibility_and_the_viewers_marks_in_one_statement_and_skips_unknown_videos() {
        long liked = video();
        long hidden = video();
        update("UPDATE videos SET views_count = 7, likes_count = 1, shares_count = 2, saves_count = 1 WHERE id = "
                + liked + " RETURNING id");
        update("INSERT INTO video_likes (user_id, video_id, created_at) VALUES (1, " + liked + ", now())"
                + " RETURNING user_id");
        update("INSERT INTO video_saves (user_id, video_id, created_at) VALUES (1, " + liked + ", now())"
                + " RETURNING user_id");
        update("UPDATE videos SET is_hidden = true WHERE id = " + hidden + " RETURNING id");
        statements.takeCount();

        var read = states.of(Optional.of(VIEWER), List.of(new VideoId(liked), new VideoId(hidden), new VideoId(999)));

        assertThat(statements.takeCount()).isEqualTo(1);
        assertThat(read.byVideo()).containsOnlyKeys(new VideoId(liked), new VideoId(hidden));
        assertThat(read.byVideo().get(new VideoId(liked)))
                .isEqualTo(new VideoStates.State(new VideoStats(7, 1, 2, 1), true, true, true, Optional.empty()));
        assertThat(read.byVideo().get(new VideoId(hidden)).visible()).isFalse();
        assertThat(states.of(Optional.empty(), List.of(new VideoId(liked))).byVideo().get(new VideoId(liked)))
                .isEqualTo(new VideoStates.State(new VideoStats(7, 1, 2, 1), true, false, false, Optional.empty()));
    }

    @Test
    void the_owners_creator_counters_come_with_the_state() {
        long video = video();
        update("INSERT INTO creator_profiles (user_id, handle, display_name, follower_count, posts_count, views_count,"
                + " created_at) VALUES (2, 'seller', 'Seller', 5, 1, 40, now()) RETURNING id");

        var state = states.of(Optional.empty(), List.of(new VideoId(video))).byVideo().get(new VideoId(video));

        assertThat(state.creator()).contains(new VideoStates.CreatorCounts(5, 1, 40));
    }

    @Test
    void the_catalogue_version_moves_with_what_a_card_shows_but_not_with_counters() {
        long video = video();
        var ids = List.of(new VideoId(video));
        long before = states.of(Optional.empty(), ids).catalogueVersion();

        update("UPDATE videos SET likes_count = likes_count + 1, views_count = 3 WHERE id = " + video
                + " RETURNING id");
        assertThat(states.of(Optional.empty(), ids).catalogueVersion()).isEqualTo(before);
        update("UPDATE videos SET title = 'New title' WHERE id = " + video + " RETURNING id");
        long retitled = states.of(Optional.empty(), ids).catalogueVersion();
        assertThat(retitled).isGreaterThan(before);
        update("UPDATE products SET price = 2 WHERE id = " + product + " RETURNING id");
        assertThat(states.of(Optional.empty(), List.of()).catalogueVersion()).isGreaterThan(retitled);
    }

    private long video() {
        return update("INSERT INTO videos (owner_id, content_type, image_file, title, tags, category_id, product_id,"
                + " created_at) VALUES (2, 'IMAGE', 'images/x.png', 'A video', '{}', " + category + ", " + product
                + ", now()) RETURNING id");
    }

    private static long update(String sql) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
