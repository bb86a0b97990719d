package io.shoppable.persistence.recommendation;

/**
 * The one definition of "visible" for recommendations: an active video in an active category that
 * moderation has not hidden (decision D13). Every recommendation query reads videos through this common
 * table expression, so a new rule is added here once.
 */
final class VisibleVideos {

    /** {@code visible}: inlined into each use (NOT MATERIALIZED), so each use keeps its own index. */
    static final String CTE = """
            visible AS NOT MATERIALIZED (
                SELECT v.* FROM videos v JOIN video_categories c ON c.id = v.category_id
                WHERE v.is_active AND NOT v.is_hidden AND c.is_active
            )""";

    /** The columns {@link JdbiSignalSource} reads a video's facts from, for a table aliased {@code v}. */
    static final String FACTS = " v.id, v.owner_id, v.category_id, v.tags, v.views_count, v.likes_count,"
            + " v.shares_count, v.trend_score, v.created_at ";

    private VisibleVideos() {
    }
}
