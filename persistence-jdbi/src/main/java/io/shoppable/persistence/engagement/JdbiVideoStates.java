package io.shoppable.persistence.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.engagement.VideoStates;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.CatalogueVersion;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Visibility;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Optional;

/**
 * Counters, visibility and marks of a page of videos in one statement: {@code videos_pkey}, the category's and
 * product's primary keys for the visibility rule, the primary keys of likes and saves (user, video), and the
 * owner's creator profile by its unique user id.
 */
public final class JdbiVideoStates implements VideoStates {

    private static final String STATES = """
            SELECT v.id, v.views_count, v.likes_count, v.shares_count, v.saves_count,
                   """ + Visibility.VIDEO + """
             AS visible,
                   EXISTS (SELECT 1 FROM video_likes l WHERE l.user_id = CAST(:user AS bigint) AND l.video_id = v.id)
                       AS liked,
                   EXISTS (SELECT 1 FROM video_saves s WHERE s.user_id = CAST(:user AS bigint) AND s.video_id = v.id)
                       AS saved,
                   c.follower_count, c.posts_count, c.views_count AS creator_views,
                   """ + CatalogueVersion.VALUE + """
             AS version
            FROM videos v
            -- creator_profiles_user_id_key
            LEFT JOIN creator_profiles c ON c.user_id = v.owner_id
            WHERE v.id = ANY(:ids)
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            """ + CatalogueVersion.VALUE + "\n";

    private final Jdbi jdbi;

    public JdbiVideoStates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public States of(Optional<UserId> viewer, Collection<VideoId> videos) {
        var byVideo = new HashMap<VideoId, State>();
        long[] version = {0};
        SqlErrors.withHandle(jdbi, handle -> handle.createQuery(STATES)
                .bind("user", viewer.map(UserId::value).orElse(null))
                .bindArray("ids", Long.class, videos.stream().map(VideoId::value).toList())
                .map((rs, ctx) -> {
                    version[0] = rs.getLong("version");
                    if (rs.getObject("id") != null) {
                        byVideo.put(new VideoId(rs.getLong("id")), new State(new VideoStats(rs.getLong("views_count"),
                                rs.getLong("likes_count"), rs.getLong("shares_count"), rs.getLong("saves_count")),
                                rs.getBoolean("visible"), rs.getBoolean("liked"), rs.getBoolean("saved"),
                                rs.getObject("follower_count") == null ? Optional.empty()
                                        : Optional.of(new CreatorCounts(rs.getLong("follower_count"),
                                                rs.getLong("posts_count"), rs.getLong("creator_views")))));
                    }
                    return rs.getRow();
                })
                .list());
        return new States(version[0], byVideo);
    }
}
