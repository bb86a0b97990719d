package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes users, products, videos, likes and follows straight into the test database, for tests that
 * need many videos or must control time (a video uploaded ten days ago, a like from last week).
 */
final class Catalogue {

    static final String FASHION = "Fashion & Style";
    static final String TECH = "Electronics & Gadgets";
    static final String HOME = "Home Decor";
    static final String GROCERIES = "Groceries";

    private Catalogue() {
    }

    static long category(String name) {
        return TestDatabase.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM video_categories WHERE name = :name")
                .bind("name", name).mapTo(Long.class).one());
    }

    static void user(long id, String username) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (id, username, created_at, updated_at) VALUES (:id, :username, now(), now())
                        ON CONFLICT (id) DO NOTHING
                        """)
                .bind("id", id).bind("username", username).execute());
    }

    static long product(long seller) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery("""
                        INSERT INTO products (seller_id, name, price, stock) VALUES (:seller, 'Thing', 10, 100)
                        RETURNING id
                        """)
                .bind("seller", seller).mapTo(Long.class).one());
    }

    static long video(long owner, long product, String category, List<String> tags, Instant createdAt,
                      double trendScore) {
        long categoryId = category(category);
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery("""
                        INSERT INTO videos (owner_id, content_type, image_file, title, tags, category_id, product_id,
                                            trend_score, created_at)
                        VALUES (:owner, 'IMAGE', 'images/x.png', 'A video', :tags, :category, :product, :trend, :at)
                        RETURNING id
                        """)
                .bind("owner", owner).bind("product", product).bind("category", categoryId)
                .bindArray("tags", String.class, tags).bind("trend", trendScore)
                .bind("at", createdAt.atOffset(ZoneOffset.UTC))
                .mapTo(Long.class).one());
    }

    static void like(long user, long video, Instant at) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO video_likes (user_id, video_id, created_at) VALUES (:user, :video, :at)
                        """)
                .bind("user", user).bind("video", video).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    static void follow(long follower, long following) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO user_follows (follower_id, following_id, created_at) VALUES (:a, :b, now())
                        """)
                .bind("a", follower).bind("b", following).execute());
    }

    static void deactivate(long video) {
        TestDatabase.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE videos SET is_active = false WHERE id = :id")
                .bind("id", video).execute());
    }

    static void view(long user, long video, Instant at) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO user_interactions (user_id, session_key, video_id, event_type, created_at)
                        VALUES (:user, 'user:' || :user, :video, 'view', :at)
                        """)
                .bind("user", user).bind("video", video).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    static void execute(String sql) {
        TestDatabase.jdbi().useHandle(handle -> handle.execute(sql));
    }
}
