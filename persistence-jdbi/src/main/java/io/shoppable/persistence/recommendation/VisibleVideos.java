package io.shoppable.persistence.recommendation;

import io.shoppable.persistence.Visibility;

/**
 * "Visible" for recommendations, as {@link Visibility#VIDEO} defines it for every list (decision D41).
 * Every recommendation query reads videos through this common table expression.
 */
final class VisibleVideos {

    /** {@code visible}: inlined into each use (NOT MATERIALIZED), so each use keeps its own index. */
    static final String CTE = """
            visible AS NOT MATERIALIZED (
                SELECT v.* FROM videos v
                WHERE """ + Visibility.VIDEO + """

            )""";

    /** The columns {@link JdbiSignalSource} reads a video's facts from, for a table aliased {@code v}. */
    static final String FACTS = " v.id, v.owner_id, v.category_id, v.tags, v.views_count, v.likes_count,"
            + " v.shares_count, v.trend_score, v.created_at ";

    private VisibleVideos() {
    }
}
