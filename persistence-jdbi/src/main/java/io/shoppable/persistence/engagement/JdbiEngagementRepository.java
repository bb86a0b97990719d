package io.shoppable.persistence.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.Interaction;
import io.shoppable.domain.engagement.InteractionId;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.LikeState;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.engagement.SaveState;
import io.shoppable.domain.engagement.WatchTime;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Toggles;
import io.shoppable.persistence.Visibility;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Likes in {@code video_likes}, saves in {@code video_saves}, the event log in {@code user_interactions}.
 * A toggle inserts or deletes its row and moves the video's counter by exactly the rows that changed,
 * in one transaction, so counters equal rows even under concurrent toggles.
 */
public final class JdbiEngagementRepository implements EngagementRepository {

    private static final String LIKE = """
            INSERT INTO video_likes (user_id, video_id, created_at) VALUES (:user, :video, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String UNLIKE = """
            DELETE FROM video_likes WHERE user_id = :user AND video_id = :video
            """;

    private static final String MOVE_LIKES = """
            UPDATE videos SET likes_count = likes_count + :delta WHERE id = :video RETURNING likes_count
            """;

    private static final String SAVE = """
            INSERT INTO video_saves (user_id, video_id, created_at) VALUES (:user, :video, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String UNSAVE = """
            DELETE FROM video_saves WHERE user_id = :user AND video_id = :video
            """;

    private static final String MOVE_SAVES = """
            UPDATE videos SET saves_count = saves_count + :delta WHERE id = :video RETURNING saves_count
            """;

    // uses video_likes_pkey
    private static final String LIKED_AMONG = """
            SELECT video_id FROM video_likes WHERE user_id = :user AND video_id = ANY(:videos)
            """;

    // uses video_saves_pkey
    private static final String SAVED_AMONG = """
            SELECT video_id FROM video_saves WHERE user_id = :user AND video_id = ANY(:videos)
            """;

    // uses video_likes_pkey and video_saves_pkey
    private static final String MARKS_AMONG = """
            SELECT 'like' AS mark, video_id FROM video_likes WHERE user_id = :user AND video_id = ANY(:videos)
            UNION ALL
            SELECT 'save', video_id FROM video_saves WHERE user_id = :user AND video_id = ANY(:videos)
            """;

    private static final String RECORD = """
            INSERT INTO user_interactions (user_id, session_key, video_id, product_id, event_type, dwell_seconds,
                                           extra_data, created_at)
            VALUES (:user, :session, :video, :product, :kind, :dwell, CAST(:extra AS jsonb), :at)
            RETURNING id
            """;

    // videos_pkey, then the category's and product's primary keys for the visibility rule
    private static final String RECORD_IF_VISIBLE = """
            INSERT INTO user_interactions (user_id, session_key, video_id, product_id, event_type, dwell_seconds,
                                           extra_data, created_at)
            SELECT CAST(:user AS bigint), :session, v.id, CAST(:product AS bigint), :kind,
                   CAST(:dwell AS double precision), CAST(:extra AS jsonb), :at
            FROM videos v
            WHERE v.id = :video
              AND (CAST(:admin AS boolean) OR v.owner_id = CAST(:user AS bigint) OR """ + Visibility.VIDEO + """
            )
            RETURNING id
            """;

    // uses user_interactions_user_id_created_at_idx
    private static final String RECENT_BY_USER = """
            SELECT id, user_id, session_key, video_id, product_id, event_type, dwell_seconds,
                   extra_data::text AS extra_data, created_at
            FROM user_interactions
            WHERE user_id = :user AND created_at >= :since
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            """;

    private final Jdbi jdbi;

    public JdbiEngagementRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public LikeState toggleLike(UserId user, VideoId video, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            int delta = toggle(handle, LIKE, UNLIKE, user, video, at);
            return new LikeState(delta > 0, moveCounter(handle, MOVE_LIKES, video, delta));
        });
    }

    @Override
    public SaveState toggleSave(UserId user, VideoId video, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            int delta = toggle(handle, SAVE, UNSAVE, user, video, at);
            return new SaveState(delta > 0, moveCounter(handle, MOVE_SAVES, video, delta));
        });
    }

    @Override
    public Set<VideoId> likedAmong(UserId user, Collection<VideoId> videos) {
        return among(LIKED_AMONG, user, videos);
    }

    @Override
    public Set<VideoId> savedAmong(UserId user, Collection<VideoId> videos) {
        return among(SAVED_AMONG, user, videos);
    }

    @Override
    public Marks marksAmong(UserId user, Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Marks.none();
        }
        var liked = new HashSet<VideoId>();
        var saved = new HashSet<VideoId>();
        SqlErrors.withHandle(jdbi, handle -> handle.createQuery(MARKS_AMONG)
                .bind("user", user.value())
                .bindArray("videos", Long.class, videos.stream().map(VideoId::value).toList())
                .map((rs, ctx) -> {
                    var video = new VideoId(rs.getLong("video_id"));
                    return "like".equals(rs.getString("mark")) ? liked.add(video) : saved.add(video);
                })
                .list());
        return new Marks(liked, saved);
    }

    @Override
    public Interaction record(NewInteraction interaction) {
        // one statement: autocommit on its own, or part of the caller's transaction when one is open
        long id = SqlErrors.withHandle(jdbi, handle -> bindEvent(handle.createQuery(RECORD), interaction)
                .mapTo(Long.class)
                .one());
        return new Interaction(new InteractionId(id), interaction);
    }

    @Override
    public Optional<Interaction> recordIfVisible(NewInteraction interaction, boolean admin) {
        return SqlErrors.withHandle(jdbi, handle -> bindEvent(handle.createQuery(RECORD_IF_VISIBLE), interaction)
                .bind("admin", admin)
                .mapTo(Long.class)
                .findOne()
                .map(id -> new Interaction(new InteractionId(id), interaction)));
    }

    private static Query bindEvent(Query query, NewInteraction interaction) {
        return query
                .bind("user", interaction.user().map(UserId::value).orElse(null))
                .bind("session", interaction.sessionKey())
                .bind("video", interaction.video().value())
                .bind("product", interaction.product().map(ProductId::value).orElse(null))
                .bind("kind", interaction.kind().wireName())
                .bind("dwell", interaction.watchTime().map(WatchTime::seconds).orElse(null))
                .bind("extra", interaction.extra().json())
                .bind("at", interaction.at());
    }

    @Override
    public List<Interaction> recentByUser(UserId user, Instant since, int limit) {
        if (limit < 0) {
            throw Invalid.field("limit", "must not be negative");
        }
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(RECENT_BY_USER)
                .bind("user", user.value())
                .bind("since", since)
                .bind("limit", limit)
                .map(JdbiEngagementRepository::interaction)
                .list());
    }

    /** Inserts the row if missing, else deletes it; returns how the counter must move: +1 or -1. */
    private static int toggle(Handle handle, String insert, String delete, UserId user, VideoId video, Instant at) {
        return Toggles.flip(
                () -> handle.createUpdate(insert)
                        .bind("user", user.value())
                        .bind("video", video.value())
                        .bind("at", at)
                        .execute(),
                () -> handle.createUpdate(delete)
                        .bind("user", user.value())
                        .bind("video", video.value())
                        .execute());
    }

    private static long moveCounter(Handle handle, String update, VideoId video, int delta) {
        return handle.createQuery(update)
                .bind("video", video.value())
                .bind("delta", delta)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> NotFound.of("Video", video));
    }

    private Set<VideoId> among(String query, UserId user, Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Set.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> new HashSet<>(handle.createQuery(query)
                .bind("user", user.value())
                .bindArray("videos", Long.class, videos.stream().map(VideoId::value).toList())
                .map((rs, ctx) -> new VideoId(rs.getLong("video_id")))
                .list()));
    }

    private static Interaction interaction(ResultSet rs, StatementContext ctx) throws SQLException {
        var event = new NewInteraction(
                Optional.ofNullable(rs.getObject("user_id", Long.class)).map(UserId::new),
                rs.getString("session_key"),
                new VideoId(rs.getLong("video_id")),
                Optional.ofNullable(rs.getObject("product_id", Long.class)).map(ProductId::new),
                InteractionKind.fromWire(rs.getString("event_type")),
                Optional.ofNullable(rs.getObject("dwell_seconds", Double.class)).map(WatchTime::new),
                new ExtraData(rs.getString("extra_data")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
        return new Interaction(new InteractionId(rs.getLong("id")), event);
    }
}
