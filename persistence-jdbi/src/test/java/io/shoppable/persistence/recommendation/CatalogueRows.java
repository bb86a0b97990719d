package io.shoppable.persistence.recommendation;

import io.shoppable.persistence.TestDatabase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Rows for the recommendation adapters' tests, written straight into the test database. */
final class CatalogueRows {

    private CatalogueRows() {
    }

    static long category(String name, boolean active) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(
                        "INSERT INTO video_categories (name, is_active) VALUES (:name, :active) RETURNING id")
                .bind("name", name).bind("active", active).mapTo(Long.class).one());
    }

    /** An image post by user 3 selling {@code product}. */
    static long video(long product, long category, List<String> tags, Instant createdAt, double trend) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery("""
                        INSERT INTO videos (owner_id, content_type, image_file, title, tags, category_id, product_id,
                                            trend_score, created_at)
                        VALUES (3, 'IMAGE', 'images/x.png', 'A video', :tags, :category, :product, :trend, :at)
                        RETURNING id
                        """)
                .bindArray("tags", String.class, tags).bind("category", category).bind("product", product)
                .bind("trend", trend).bind("at", createdAt.atOffset(ZoneOffset.UTC)).mapTo(Long.class).one());
    }

    static void like(long user, long video, Instant at) {
        engagement("video_likes", user, video, at);
    }

    static void save(long user, long video, Instant at) {
        engagement("video_saves", user, video, at);
    }

    private static void engagement(String table, long user, long video, Instant at) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate(
                        "INSERT INTO " + table + " (user_id, video_id, created_at) VALUES (:user, :video, :at)")
                .bind("user", user).bind("video", video).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    static void interaction(Long user, String session, long video, String type, Double seconds, Instant at) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO user_interactions (user_id, session_key, video_id, event_type, dwell_seconds,
                                                       created_at)
                        VALUES (:user, :session, :video, :type, :seconds, :at)
                        """)
                .bind("user", user).bind("session", session).bind("video", video).bind("type", type)
                .bind("seconds", seconds).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** Runs a statement that answers one number (an id, a count). */
    static long update(String sql) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
