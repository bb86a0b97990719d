package io.shoppable.persistence.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.trends.EngagementCount;
import io.shoppable.recommendation.trends.TrendEvent;
import io.shoppable.recommendation.trends.TrendStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Trend scores in {@code videos.trend_score}, computed from the recent engagement in the logs. */
public final class JdbiTrendStore implements TrendStore {

    // The *_created_at_idx indexes of 0020 bound each branch to the window; hours are UTC hours.
    private static final String ENGAGEMENT = """
            SELECT e.video_id, e.kind, e.hour, count(*) AS n FROM (
                SELECT i.video_id,
                       CASE i.event_type WHEN 'view' THEN 'VIEW' WHEN 'share' THEN 'SHARE' ELSE 'ADD_TO_CART' END
                           AS kind,
                       date_trunc('hour', i.created_at, 'UTC') AS hour
                FROM user_interactions i
                WHERE i.created_at >= :since AND i.event_type IN ('view', 'share', 'add_to_cart_from_video')
                UNION ALL
                SELECT l.video_id, 'LIKE', date_trunc('hour', l.created_at, 'UTC')
                FROM video_likes l WHERE l.created_at >= :since
                UNION ALL
                SELECT s.video_id, 'SAVE', date_trunc('hour', s.created_at, 'UTC')
                FROM video_saves s WHERE s.created_at >= :since
            ) e
            GROUP BY e.video_id, e.kind, e.hour
            """;

    // One statement for every video: the given score, else 0; only rows that moved by more than the tolerance, or
    // to or from 0, are written (decision D79).
    private static final String REPLACE = """
            UPDATE videos v SET trend_score = s.score
            FROM (
                SELECT all_videos.id, coalesce(n.score, 0) AS score
                FROM videos all_videos
                LEFT JOIN unnest(CAST(:ids AS bigint[]), CAST(:scores AS float8[])) AS n(id, score)
                    ON n.id = all_videos.id
            ) s
            WHERE v.id = s.id
              AND (abs(v.trend_score - s.score) > :tolerance OR (v.trend_score = 0) <> (s.score = 0))
            """;

    private static final int FETCH_SIZE = 10_000;

    private final Jdbi jdbi;

    public JdbiTrendStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // In a transaction with a fetch size, PostgreSQL's driver reads the rows through a cursor, a batch at a time,
    // instead of holding the whole result (millions of rows at L) before the first is mapped.
    @Override
    public void engagementSince(Instant since, Consumer<EngagementCount> each) {
        SqlErrors.inTransaction(jdbi, handle -> {
            handle.createQuery(ENGAGEMENT)
                    .bind("since", since.atOffset(ZoneOffset.UTC))
                    .setFetchSize(FETCH_SIZE)
                    .map((rs, ctx) -> new EngagementCount(new VideoId(rs.getLong("video_id")),
                            TrendEvent.valueOf(rs.getString("kind")),
                            rs.getObject("hour", OffsetDateTime.class).toInstant(), rs.getLong("n")))
                    .forEach(each);
            return null;
        });
    }

    @Override
    public int replaceScores(Map<VideoId, Double> scores) {
        var ids = new ArrayList<Long>(scores.size());
        var values = new ArrayList<Double>(scores.size());
        scores.forEach((video, score) -> {
            ids.add(video.value());
            values.add(score);
        });
        return SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(REPLACE)
                .bindArray("ids", Long.class, ids)
                .bindArray("scores", Double.class, values)
                .bind("tolerance", TOLERANCE)
                .execute());
    }
}
