package io.shoppable.persistence;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {

    /** As many as db.changelog-master.yaml includes. */
    private static final int CHANGESETS = 23;

    private static final String TABLES = """
            SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename
            """;

    @TempDir
    Path dataDir;

    @Test
    void an_empty_database_gets_every_changeset_and_a_second_run_applies_nothing() {
        try (var database = Database.embedded(dataDir)) {
            assertThat(database.migrate()).isEqualTo(CHANGESETS);
            assertThat(database.migrate()).isZero();

            List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(TABLES)
                    .mapTo(String.class).list());
            assertThat(tables).containsExactlyInAnyOrder("databasechangelog", "databasechangeloglock", "users",
                    "video_categories", "creator_profiles", "creator_video_categories", "products", "videos",
                    "video_additional_products", "video_items", "video_likes", "video_saves", "video_comments",
                    "video_reports", "user_follows", "user_interactions", "carts", "cart_lines", "video_not_interested",
                    "demo_seeds", "idempotency_keys", "video_tags");
        }
    }

    @Test
    void the_shared_test_database_is_up_to_date() {
        assertThat(TestDatabase.database().migrate()).isZero();
    }
}
