package io.shoppable.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final String TABLES = """
            SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename
            """;

    @Test
    void the_changelog_creates_every_table_and_a_second_run_applies_nothing() {
        var database = TestDatabase.database();

        assertThat(database.migrate()).isZero();
        List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(TABLES)
                .mapTo(String.class).list());
        assertThat(tables).contains("users", "video_categories", "creator_profiles", "creator_video_categories",
                "products", "videos", "video_additional_products", "video_items", "video_likes", "video_saves",
                "video_comments", "video_reports", "user_follows", "user_interactions", "carts", "cart_lines");
    }
}
