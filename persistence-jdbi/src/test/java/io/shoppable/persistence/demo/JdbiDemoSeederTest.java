package io.shoppable.persistence.demo;

import io.shoppable.domain.demo.DemoScale;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbiDemoSeederTest {

    private static final DemoScale TINY = new DemoScale("T", 20, 60, 600, 100, 50, 30, 3, 10);

    private final JdbiDemoSeeder seeder = new JdbiDemoSeeder(TestDatabase.jdbi(),
            Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), ZoneOffset.UTC));
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
    }

    private long count(String query) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }

    @Test
    void a_load_writes_every_table_at_the_scale_with_counters_that_equal_their_rows() {
        var seeding = seeder.seed(TINY, 7, (table, done, total) -> progress.add(table + " " + done + "/" + total));

        assertThat(seeding.alreadyLoaded()).isFalse();
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM creator_profiles")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM videos")).isEqualTo(60);
        assertThat(count("SELECT count(*) FROM video_tags"))
                .isEqualTo(count("SELECT sum(cardinality(tags)) FROM videos")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM pg_trigger WHERE tgname = 'videos_tags_sync' AND tgenabled = 'O'
                """)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM video_likes")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM video_saves")).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM user_follows")).isEqualTo(30);
        assertThat(count("SELECT count(*) FROM user_interactions")).isEqualTo(600);
        assertThat(count("SELECT count(*) FROM video_categories WHERE name LIKE 'Demo %'")).isEqualTo(3);
        assertThat(count("SELECT sum(likes_count) FROM videos")).isEqualTo(100);
        assertThat(count("SELECT sum(saves_count) FROM videos")).isEqualTo(50);
        assertThat(count("SELECT sum(follower_count) FROM creator_profiles")).isEqualTo(30);
        assertThat(count("SELECT sum(posts_count) FROM creator_profiles")).isEqualTo(60);
        assertThat(count("SELECT sum(views_count) FROM videos"))
                .isEqualTo(count("SELECT count(*) FROM user_interactions WHERE event_type = 'view'"))
                .isEqualTo(count("SELECT sum(views_count) FROM creator_profiles"));
        assertThat(count("""
                SELECT count(*) FROM videos
                WHERE cardinality(tags) <> 3 OR cardinality(tags) <> (SELECT count(DISTINCT t) FROM unnest(tags) t)
                """)).as("three distinct tags per video").isZero();
        assertThat(count("""
                SELECT count(*) FROM videos v
                WHERE likes_count <> (SELECT count(*) FROM video_likes l WHERE l.video_id = v.id)
                """)).isZero();
        assertThat(seeding.rows()).isEqualTo(20 + 20 + 40 + 60 + 100 + 50 + 30 + 600);
        assertThat(progress).contains("videos 60/60", "user_interactions 600/600");
    }

    @Test
    void loading_the_same_scale_and_seed_again_changes_nothing() {
        seeder.seed(TINY, 7, (table, done, total) -> { });

        var again = seeder.seed(TINY, 7, (table, done, total) -> { });

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(count("SELECT count(*) FROM videos")).isEqualTo(60);
    }

    @Test
    void another_seed_over_loaded_demo_data_is_a_conflict() {
        seeder.seed(TINY, 7, (table, done, total) -> { });

        assertThatThrownBy(() -> seeder.seed(TINY, 8, (table, done, total) -> { }))
                .isInstanceOf(Conflict.class);
        assertThat(count("SELECT count(*) FROM videos")).isEqualTo(60);
    }

    @Test
    void the_same_seed_generates_the_same_rows() {
        seeder.seed(TINY, 7, (table, done, total) -> { });
        long first = count("SELECT sum(hashtext(v::text)) FROM (SELECT id, owner_id, tags, category_id, product_id,"
                + " likes_count, views_count FROM videos) v");
        TestDatabase.reset();

        seeder.seed(TINY, 7, (table, done, total) -> { });

        assertThat(count("SELECT sum(hashtext(v::text)) FROM (SELECT id, owner_id, tags, category_id, product_id,"
                + " likes_count, views_count FROM videos) v")).isEqualTo(first);
    }
}
