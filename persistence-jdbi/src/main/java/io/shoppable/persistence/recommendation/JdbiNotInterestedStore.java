package io.shoppable.persistence.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.feedback.NotInterestedStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.ZoneOffset;

/** "Not interested" rows in {@code video_not_interested}, keyed by user and video. */
public final class JdbiNotInterestedStore implements NotInterestedStore {

    private static final String ADD = """
            INSERT INTO video_not_interested (user_id, video_id, created_at) VALUES (:user, :video, :at)
            ON CONFLICT (user_id, video_id) DO NOTHING
            """;

    private static final String REMOVE = """
            DELETE FROM video_not_interested WHERE user_id = :user AND video_id = :video
            """;

    private final Jdbi jdbi;

    public JdbiNotInterestedStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(UserId user, VideoId video, Instant at) {
        SqlErrors.withHandle(jdbi, handle -> handle.createUpdate(ADD)
                .bind("user", user.value()).bind("video", video.value()).bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void remove(UserId user, VideoId video) {
        SqlErrors.withHandle(jdbi, handle -> handle.createUpdate(REMOVE)
                .bind("user", user.value()).bind("video", video.value()).execute());
    }
}
