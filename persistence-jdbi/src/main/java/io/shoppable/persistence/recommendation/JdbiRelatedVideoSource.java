package io.shoppable.persistence.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Visibility;
import io.shoppable.recommendation.related.RelatedVideoSource;
import io.shoppable.recommendation.signals.CoEngagement;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * More-like-this and also-watched candidates from PostgreSQL, one statement each, and their target's facts
 * (one read by primary key). Every part of either statement is an index range scan cut by a {@code LIMIT},
 * so its cost follows the bounds it is given and not the size of the catalogue (decision D70).
 */
public final class JdbiRelatedVideoSource implements RelatedVideoSource {

    // One video by primary key with the visibility rule: a plain scalar bind, so PostgreSQL keeps one generic
    // plan for it instead of planning every call (as it does for the "id = ANY(:ids)" reads).
    private static final String VISIBLE = "SELECT" + VisibleVideos.FACTS + "FROM videos v WHERE v.id = :id AND"
            + Visibility.VIDEO;

    // The target's tags and category are read from its row (by primary key) rather than bound: with no array
    // or category bind, PostgreSQL's generic plan estimates what its custom plans would, so it keeps one plan
    // per connection instead of planning every call (about as long as executing it).
    // Per tag of the target: the newest videos with the tag in its category, then in any category
    // (index-only scans of video_tags_tag_category_id_created_at_idx and video_tags_tag_created_at_idx); and
    // the hottest of its category (videos_category_id_trend_score_idx). The slices take ids only. The distinct
    // candidates are read by primary key and sorted in MoreLikeThis's order (the likeness in the same double
    // arithmetic); OFFSET 0 keeps that sort below the visibility rule, which is then checked row by row in
    // that order until :best pass, instead of for every candidate, and only those rows travel to the JVM.
    private static final String SIMILAR = """
            WITH target AS MATERIALIZED (
                SELECT v.tags, v.category_id FROM videos v WHERE v.id = :target
            ),
            target_tags AS (
                SELECT DISTINCT t.tag FROM target CROSS JOIN unnest(target.tags) AS t(tag)
            ),
            candidates AS (
                SELECT s.video_id FROM target_tags t CROSS JOIN LATERAL (
                    SELECT vt.video_id FROM video_tags vt
                    WHERE vt.tag = t.tag AND vt.category_id = (SELECT category_id FROM target)
                    ORDER BY vt.created_at DESC, vt.video_id DESC LIMIT :perSlice
                ) s
                UNION
                SELECT s.video_id FROM target_tags t CROSS JOIN LATERAL (
                    SELECT vt.video_id FROM video_tags vt
                    WHERE vt.tag = t.tag
                    ORDER BY vt.created_at DESC, vt.video_id DESC LIMIT :perSlice
                ) s
                UNION
                (SELECT v.id FROM videos v
                 WHERE v.category_id = (SELECT category_id FROM target) AND v.is_active AND NOT v.is_hidden
                 ORDER BY v.trend_score DESC, v.id LIMIT :perSlice)
            )
            SELECT""" + VisibleVideos.FACTS + """
            FROM (
                SELECT v.*,
                       (SELECT count(*) FROM unnest(v.tags) AS vt(tag)
                        WHERE vt.tag IN (SELECT t.tag FROM target_tags t))
                           * CAST(:sharedTag AS double precision)
                       + CASE WHEN v.category_id = (SELECT category_id FROM target)
                              THEN CAST(:sameCategory AS double precision) ELSE 0 END AS likeness
                FROM videos v
                WHERE v.id = ANY(ARRAY(SELECT c.video_id FROM candidates c)) AND v.id <> :target
                  AND v.is_active AND NOT v.is_hidden
                ORDER BY likeness DESC, v.trend_score DESC, v.id
                OFFSET 0
            ) v
            WHERE v.likeness > 0 AND""" + Visibility.VIDEO + """

            ORDER BY v.likeness DESC, v.trend_score DESC, v.id
            LIMIT :best
            """;

    // Engagement is a like, a save, an add to cart or a watch of at least :minWatch seconds; a person is a
    // session key (members' events carry "user:<id>"). The target's newest engagers of each kind come from
    // video_likes_video_id_created_at_idx, video_saves_video_id_created_at_idx and
    // user_interactions_video_id_created_at_idx; each engager's newest likes, saves and logged events from
    // video_likes_user_id_created_at_idx, video_saves_user_id_created_at_idx and
    // user_interactions_session_key_created_at_idx, :perEngager of each.
    // The counted videos are read by primary key and sorted first; OFFSET 0 keeps that sort below the
    // visibility rule, so only the rows at the head of the order are checked, until :limit pass.
    private static final String CO_ENGAGED = """
            WITH engagers AS MATERIALIZED (
                SELECT e.who, CASE WHEN e.who LIKE 'user:%' THEN CAST(substr(e.who, 6) AS bigint) END AS user_id
                FROM (
                    (SELECT 'user:' || l.user_id AS who, l.created_at AS at FROM video_likes l
                     WHERE l.video_id = :target ORDER BY l.created_at DESC LIMIT :maxEngagers)
                    UNION ALL
                    (SELECT 'user:' || s.user_id, s.created_at FROM video_saves s
                     WHERE s.video_id = :target ORDER BY s.created_at DESC LIMIT :maxEngagers)
                    UNION ALL
                    (SELECT i.session_key, i.created_at FROM user_interactions i
                     WHERE i.video_id = :target
                       AND (i.event_type = 'add_to_cart_from_video'
                            OR (i.event_type = 'watch_time' AND i.dwell_seconds >= :minWatch))
                     ORDER BY i.created_at DESC LIMIT :maxEngagers)
                ) e
                GROUP BY e.who ORDER BY max(e.at) DESC, e.who LIMIT :maxEngagers
            ),
            their AS (
                SELECT g.who, o.video_id FROM engagers g CROSS JOIN LATERAL (
                    (SELECT l.video_id FROM video_likes l WHERE l.user_id = g.user_id
                     ORDER BY l.created_at DESC LIMIT :perEngager)
                    UNION ALL
                    (SELECT s.video_id FROM video_saves s WHERE s.user_id = g.user_id
                     ORDER BY s.created_at DESC LIMIT :perEngager)
                    UNION ALL
                    SELECT i.video_id FROM (
                        SELECT i.video_id, i.event_type, i.dwell_seconds FROM user_interactions i
                        WHERE i.session_key = g.who ORDER BY i.created_at DESC LIMIT :perEngager
                    ) i
                    WHERE i.event_type = 'add_to_cart_from_video'
                       OR (i.event_type = 'watch_time' AND i.dwell_seconds >= :minWatch)
                ) o
            ),
            counted AS (
                SELECT t.video_id, count(DISTINCT t.who) AS people FROM their t
                WHERE t.video_id <> :target
                GROUP BY t.video_id
            )
            SELECT v.people,""" + VisibleVideos.FACTS + """
            FROM (
                SELECT c.people, v.* FROM counted c JOIN videos v ON v.id = c.video_id
                WHERE v.is_active AND NOT v.is_hidden
                ORDER BY c.people DESC, v.trend_score DESC, v.id
                OFFSET 0
            ) v
            WHERE""" + Visibility.VIDEO + """

            ORDER BY v.people DESC, v.trend_score DESC, v.id
            LIMIT :limit
            """;

    private final Jdbi jdbi;

    public JdbiRelatedVideoSource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<VideoFacts> visible(VideoId video) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(VISIBLE)
                .bind("id", video.value())
                .map((rs, ctx) -> VisibleVideos.facts(rs))
                .findOne());
    }

    @Override
    public List<VideoFacts> similarTo(VideoFacts target, Similarity similarity) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(SIMILAR)
                .bind("target", target.id().value())
                .bind("perSlice", similarity.perSlice())
                .bind("sharedTag", similarity.sharedTag())
                .bind("sameCategory", similarity.sameCategory())
                .bind("best", similarity.best())
                .map((rs, ctx) -> VisibleVideos.facts(rs))
                .list());
    }

    @Override
    public List<CoEngagement> coEngaged(VideoId target, Engagement engagement, int limit) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(CO_ENGAGED)
                .bind("target", target.value())
                .bind("minWatch", engagement.minWatchSeconds())
                .bind("maxEngagers", engagement.maxEngagers())
                .bind("perEngager", engagement.perEngager())
                .bind("limit", limit)
                .map((rs, ctx) -> new CoEngagement(VisibleVideos.facts(rs), rs.getLong("people")))
                .list());
    }
}
