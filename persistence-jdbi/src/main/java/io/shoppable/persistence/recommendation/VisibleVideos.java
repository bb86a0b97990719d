package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Visibility;
import io.shoppable.recommendation.signals.VideoFacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

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

    /** The columns {@link #facts} reads a video's facts from, for a table aliased {@code v}. */
    static final String FACTS = " v.id, v.owner_id, v.category_id, v.tags, v.views_count, v.likes_count,"
            + " v.shares_count, v.trend_score, v.created_at ";

    private VisibleVideos() {
    }

    /** A video's facts from the {@link #FACTS} columns of the current row. */
    static VideoFacts facts(ResultSet rs) throws SQLException {
        return new VideoFacts(new VideoId(rs.getLong("id")), new UserId(rs.getLong("owner_id")),
                new CategoryId(rs.getLong("category_id")), List.of((String[]) rs.getArray("tags").getArray()),
                rs.getLong("views_count"), rs.getLong("likes_count"), rs.getLong("shares_count"),
                rs.getDouble("trend_score"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
