package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.CatalogueVersion;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.signals.Dismissal;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.SignalSource;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's signals from PostgreSQL. A feed request is one statement in the common case (decision D60): the
 * viewer's events, follows, recently seen and dismissed videos, the following source and, when asked for, the
 * reseen fallback (D62) are common table expressions of one query whose rows are tagged by kind, each bounded by
 * {@code LIMIT} and walking an index; the interest, similar-tags, trending and recent sources are cut from this
 * node's cached {@link CatalogueLists} in memory ({@link CachedSources}).
 */
public final class JdbiSignalSource implements SignalSource {

    private static final int MAX_FOLLOWED = 500;

    // What the viewer watched, dismissed, follows and did; every branch bounded and on an index. Shared by the
    // per-viewer statement and the whole-feed statement.
    private static final String VIEWER_CTES = "WITH " + VisibleVideos.CTE + """
            ,
            -- What the viewer watched recently (a view, or a watch of :minWatch seconds): only RESEEN proposes it.
            seen AS MATERIALIZED (
                SELECT s.video_id, max(s.at) AS at FROM (
                    (SELECT i.video_id, i.created_at AS at FROM user_interactions i
                     WHERE i.user_id = CAST(:user AS bigint) AND i.created_at >= CAST(:seenSince AS timestamptz)
                       AND (i.event_type = 'view' OR (i.event_type = 'watch_time' AND i.dwell_seconds >= :minWatch))
                     ORDER BY i.created_at DESC LIMIT :seenLimit)
                    UNION ALL
                    (SELECT i.video_id, i.created_at FROM user_interactions i
                     WHERE CAST(:user AS bigint) IS NULL AND i.session_key = :viewerKey
                       AND i.created_at >= CAST(:seenSince AS timestamptz)
                       AND (i.event_type = 'view' OR (i.event_type = 'watch_time' AND i.dwell_seconds >= :minWatch))
                     ORDER BY i.created_at DESC LIMIT :seenLimit)
                ) s GROUP BY s.video_id
            ),
            -- "Not interested" (primary key leads with user_id): those videos never come back.
            dismissed AS MATERIALIZED (
                SELECT n.video_id, n.created_at FROM video_not_interested n WHERE n.user_id = CAST(:user AS bigint)
            ),
            -- What this session may show: not served yet, not dismissed.
            open_videos AS NOT MATERIALIZED (
                SELECT v.* FROM visible v
                WHERE (CAST(:category AS bigint) IS NULL OR v.category_id = CAST(:category AS bigint))
                  AND v.id <> ALL(CAST(:served AS bigint[]))
                  -- a hashed subplan: one hash of the few ids, not a scan of them per video
                  AND v.id NOT IN (SELECT d.video_id FROM dismissed d)
            ),
            -- The candidates proper: neither seen lately nor the viewer's own.
            scope AS NOT MATERIALIZED (
                SELECT v.* FROM open_videos v
                WHERE v.owner_id IS DISTINCT FROM CAST(:user AS bigint)
                  AND v.id NOT IN (SELECT s.video_id FROM seen s)
            ),
            -- The fallback once every candidate is shown, rather than an empty feed: seen videos, least
            -- recently seen first, then the viewer's own (videos_owner_id_idx); see decision D54.
            reseen AS (
                SELECT r.id, row_number() OVER (ORDER BY r.at NULLS LAST, r.id) AS rank
                FROM (
                    SELECT v.id, s.at FROM seen s JOIN open_videos v ON v.id = s.video_id
                    UNION ALL
                    SELECT v.id, NULL FROM open_videos v
                    WHERE v.owner_id = CAST(:user AS bigint)
                      AND NOT EXISTS (SELECT 1 FROM seen s WHERE s.video_id = v.id)
                ) r
                ORDER BY rank LIMIT :perSource
            ),
            -- Events: a member's likes and saves (primary keys lead with user_id), and their logged events
            -- (user_interactions_user_id_created_at_idx); an anonymous caller's logged events by session key
            -- (user_interactions_session_key_created_at_idx). Each branch is bounded before the union.
            events AS MATERIALIZED (
                SELECT e.kind, e.video_id, e.at, e.seconds FROM (
                    (SELECT 'LIKE' AS kind, l.video_id, l.created_at AS at, 0::float8 AS seconds
                     FROM video_likes l
                     WHERE l.user_id = CAST(:user AS bigint) AND l.created_at >= CAST(:historySince AS timestamptz)
                     ORDER BY l.created_at DESC LIMIT :historyLimit)
                    UNION ALL
                    (SELECT 'SAVE', s.video_id, s.created_at, 0
                     FROM video_saves s
                     WHERE s.user_id = CAST(:user AS bigint) AND s.created_at >= CAST(:historySince AS timestamptz)
                     ORDER BY s.created_at DESC LIMIT :historyLimit)
                    UNION ALL
                    (SELECT i.event_type, i.video_id, i.created_at, coalesce(i.dwell_seconds, 0)
                     FROM user_interactions i
                     WHERE i.user_id = CAST(:user AS bigint) AND i.created_at >= CAST(:historySince AS timestamptz)
                       AND i.event_type IN ('product_view', 'add_to_cart_from_video', 'watch_time')
                     ORDER BY i.created_at DESC LIMIT :historyLimit)
                    UNION ALL
                    (SELECT i.event_type, i.video_id, i.created_at, coalesce(i.dwell_seconds, 0)
                     FROM user_interactions i
                     WHERE CAST(:user AS bigint) IS NULL AND i.session_key = :viewerKey
                       AND i.created_at >= CAST(:historySince AS timestamptz)
                       AND i.event_type IN ('product_view', 'add_to_cart_from_video', 'watch_time')
                     ORDER BY i.created_at DESC LIMIT :historyLimit)
                ) e
                WHERE e.at <= CAST(:now AS timestamptz)
                ORDER BY e.at DESC
                LIMIT :historyLimit
            ),
            followed AS (
                SELECT f.following_id FROM user_follows f WHERE f.follower_id = CAST(:user AS bigint)
                ORDER BY f.created_at DESC LIMIT :maxFollowed
            ),
            -- videos_owner_id_idx; the facts come along, so the proposals need no second lookup
            by_followed AS (
                SELECT""" + VisibleVideos.FACTS + """
            , row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank
                FROM scope v WHERE v.owner_id IN (SELECT following_id FROM followed)
                ORDER BY rank LIMIT :perSource
            )""";

    private static final String NO_FACTS = " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL ";
    /** {@link #NO_FACTS} for a statement's first branch, which names and types the columns. */
    private static final String NO_FACTS_NAMED = " NULL::bigint AS id, NULL::bigint AS owner_id,"
            + " NULL::bigint AS category_id, NULL::text[] AS tags, NULL::bigint AS views_count,"
            + " NULL::bigint AS likes_count, NULL::bigint AS shares_count, NULL::float8 AS trend_score,"
            + " NULL::timestamptz AS created_at ";

    // The per-viewer statement of a feed request (decision D60): the viewer's events, follows, seen and
    // dismissed videos, and the following source; the user-independent sources come from CatalogueCache. The
    // version row tells whether the cached lists hold. RESEEN_PROPOSALS is added only when the fallback is asked
    // for (decision D62); unreferenced, the reseen expression is never evaluated.
    private static final String VIEWER_ROWS = VIEWER_CTES + """

            SELECT 'event' AS row_kind, e.kind AS label, e.at, e.seconds, 0::bigint AS rank, e.video_id AS ref,
                   """ + NO_FACTS_NAMED + """
            , NULL::bigint[] AS refs
            FROM events e
            UNION ALL
            SELECT 'follow', NULL, NULL, NULL, 0, f.following_id,
                   """ + NO_FACTS + """
            , NULL
            FROM followed f
            UNION ALL
            SELECT 'proposal', 'FOLLOWING', NULL, NULL, v.rank, NULL,
                   """ + VisibleVideos.FACTS + """
            , NULL
            FROM by_followed v
            UNION ALL
            SELECT 'dismissal', NULL, d.created_at, NULL, 0, NULL,
                   """ + VisibleVideos.FACTS + """
            , NULL
            FROM dismissed d JOIN videos v ON v.id = d.video_id
            WHERE d.created_at >= CAST(:dismissedSince AS timestamptz)
            UNION ALL
            -- one row: the catalogue version, and every video the viewer must not be proposed (seen or dismissed)
            SELECT 'version', NULL, NULL, NULL, 0,
            """ + CatalogueVersion.VALUE + "," + NO_FACTS + """
            , ARRAY(SELECT video_id FROM dismissed UNION SELECT video_id FROM seen)
            """;

    // videos_pkey: look the few reseen proposals up by id
    private static final String RESEEN_PROPOSALS = """
            UNION ALL
            SELECT 'proposal', 'RESEEN', NULL, NULL, r.rank, NULL,
                   """ + VisibleVideos.FACTS + """
            , NULL
            FROM reseen r JOIN videos v ON v.id = r.id
            WHERE v.id = ANY(ARRAY(SELECT id FROM reseen))
            """;

    private static final ForCaller VIEWER = ForCaller.of(VIEWER_ROWS);
    private static final ForCaller VIEWER_WITH_RESEEN = ForCaller.of(VIEWER_ROWS + RESEEN_PROPOSALS);

    // The whole feed in one statement, every source in SQL: used only when a cached list cannot cover what the
    // viewer must not be shown again (a long session, say), so that the result never depends on the cache.
    private static final ForCaller EXACT = ForCaller.of(VIEWER_CTES + """
            ,
            interesting AS (
                SELECT e.*, v.category_id, v.tags FROM events e JOIN videos v ON v.id = e.video_id
                WHERE e.kind <> 'watch_time' OR e.seconds >= :minWatch
            ),
            -- The most engaged categories, weighted and decayed as the profile weighs them, plus the session's.
            interest_categories AS (
                SELECT r.category_id FROM (
                    SELECT i.category_id, bool_or(i.at > CAST(:sessionSince AS timestamptz)) AS in_session,
                           row_number() OVER (ORDER BY sum(
                               CASE i.kind WHEN 'LIKE' THEN :wLike WHEN 'SAVE' THEN :wSave
                                   WHEN 'product_view' THEN :wProductView WHEN 'add_to_cart_from_video' THEN :wCart
                                   ELSE :wWatch * least(i.seconds, :watchCap) / :watchCap END
                               / (greatest(extract(epoch FROM (CAST(:now AS timestamptz) - i.at)), 0) / 86400.0 + 1)
                           ) DESC, i.category_id) AS rank
                    FROM interesting i GROUP BY i.category_id
                ) r
                WHERE r.rank <= :interestCategories OR r.in_session
            ),
            seed_tags AS (
                SELECT ARRAY(SELECT DISTINCT t.tag FROM interesting i CROSS JOIN unnest(i.tags) AS t(tag)
                             WHERE i.kind IN ('LIKE', 'SAVE', 'watch_time') LIMIT :maxSeedTags) AS tags
            ),
            -- videos_category_id_created_at_idx, per category
            interest AS (
                SELECT p.id, row_number() OVER (ORDER BY p.created_at DESC, p.id DESC) AS rank
                FROM interest_categories ic
                CROSS JOIN LATERAL (
                    SELECT v.id, v.created_at FROM scope v WHERE v.category_id = ic.category_id
                    ORDER BY v.created_at DESC, v.id DESC LIMIT :perSource
                ) p
                ORDER BY rank LIMIT :perSource
            ),
            -- videos_listable_created_at_idx: tag matches among the :tagScan (500) newest videos only, so the cost
            -- stays bounded when the seed tags match a large share of the catalogue (decision D50)
            similar_tags AS (
                SELECT v.id, row_number() OVER (ORDER BY v.trend_score DESC, v.created_at DESC, v.id DESC) AS rank
                FROM (SELECT v.id, v.trend_score, v.created_at, v.tags FROM scope v
                      ORDER BY v.created_at DESC, v.id DESC LIMIT :tagScan) v, seed_tags s
                WHERE v.tags && s.tags
                ORDER BY rank LIMIT :perSource
            ),
            -- videos_trend_score_idx
            trending AS (
                SELECT v.id, row_number() OVER (ORDER BY v.trend_score DESC, v.id DESC) AS rank
                FROM scope v ORDER BY v.trend_score DESC, v.id DESC LIMIT :perSource
            ),
            -- videos_created_at_idx
            recent AS (
                SELECT v.id, row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank
                FROM scope v ORDER BY v.created_at DESC, v.id DESC LIMIT :perSource
            ),
            proposals AS (
                SELECT 'INTEREST' AS source, id, rank FROM interest
                UNION ALL SELECT 'FOLLOWING', id, rank FROM by_followed
                UNION ALL SELECT 'SIMILAR_TAGS', id, rank FROM similar_tags
                UNION ALL SELECT 'TRENDING', id, rank FROM trending
                UNION ALL SELECT 'RECENT', id, rank FROM recent
                UNION ALL SELECT 'RESEEN', id, rank FROM reseen
            )
            SELECT 'event' AS row_kind, e.kind AS label, e.at, e.seconds, 0::bigint AS rank, NULL::bigint AS ref,
                   """ + VisibleVideos.FACTS + """

            FROM events e JOIN videos v ON v.id = e.video_id
            UNION ALL
            SELECT 'follow', NULL, NULL, NULL, 0, f.following_id,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM followed f
            UNION ALL
            SELECT 'proposal', p.source, NULL, NULL, p.rank, NULL,
                   """ + VisibleVideos.FACTS + """

            FROM proposals p JOIN videos v ON v.id = p.id
            -- videos_pkey: look the few proposals up by id instead of letting a misestimate hash all videos
            WHERE v.id = ANY(ARRAY(SELECT id FROM proposals))
            UNION ALL
            SELECT 'dismissal', NULL, d.created_at, NULL, 0, NULL,
                   """ + VisibleVideos.FACTS + """

            FROM dismissed d JOIN videos v ON v.id = d.video_id
            WHERE d.created_at >= CAST(:dismissedSince AS timestamptz)
            """);

    private final Jdbi jdbi;
    private final CatalogueCache catalogue;
    private final EventVideoFacts eventVideos;

    public JdbiSignalSource(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.catalogue = new CatalogueCache(jdbi);
        this.eventVideos = new EventVideoFacts(jdbi);
    }

    /**
     * One statement for the viewer, then the user-independent sources from this node's cached lists; when a
     * cached list cannot cover what this viewer must not see again, a second statement computes every source
     * in SQL instead.
     */
    @Override
    public Signals load(SignalQuery query) {
        var viewer = read((query.reseen() ? VIEWER_WITH_RESEEN : VIEWER).forCaller(query), query);
        var lists = catalogue.at(viewer.version);
        return CachedSources.propose(query, viewer.signals(), viewer.excluded, lists)
                .orElseGet(() -> loadWhole(query));
    }

    /** Every source in SQL, the cache aside: what {@link #load} always agrees with (the tests compare them). */
    Signals loadWhole(SignalQuery query) {
        return read(EXACT.forCaller(query), query).signals();
    }

    private Loaded read(String sql, SignalQuery query) {
        var rows = SqlErrors.withHandle(jdbi, handle -> unusedBindingsAllowed(handle.createQuery(sql))
                .bind("user", query.user().map(UserId::value).orElse(null))
                .bind("viewerKey", query.viewerKey())
                .bind("category", query.category().map(CategoryId::value).orElse(null))
                .bind("now", query.now().atOffset(ZoneOffset.UTC))
                .bind("historySince", query.historySince().atOffset(ZoneOffset.UTC))
                .bind("sessionSince", query.sessionSince().atOffset(ZoneOffset.UTC))
                .bind("historyLimit", query.historyLimit())
                .bind("perSource", query.perSource())
                .bind("interestCategories", query.interestCategories())
                .bind("minWatch", query.minWatchSeconds())
                .bind("wLike", query.weights().like())
                .bind("wSave", query.weights().save())
                .bind("wProductView", query.weights().productView())
                .bind("wCart", query.weights().addToCart())
                .bind("wWatch", query.weights().watch())
                .bind("watchCap", query.weights().watchCapSeconds())
                .bind("maxFollowed", MAX_FOLLOWED)
                .bind("maxSeedTags", CachedSources.MAX_SEED_TAGS)
                .bindArray("served", Long.class, query.served().stream().map(VideoId::value).toArray(Long[]::new))
                .bind("seenSince", query.seenSince().atOffset(ZoneOffset.UTC))
                .bind("seenLimit", query.seenLimit())
                .bind("dismissedSince", query.dismissedSince().atOffset(ZoneOffset.UTC))
                .bind("tagScan", CachedSources.TAG_SCAN)
                .map(JdbiSignalSource::row)
                .list());
        var loaded = new Loaded();
        for (var row : rows) {
            switch (row.kind()) {
                case "dismissal" -> loaded.dismissals.add(new Dismissal(row.facts(), row.at()));
                case "event" -> {
                    if (row.facts() != null) {
                        loaded.videos.put(row.facts().id(), row.facts());
                    }
                    loaded.events.add(row.event());
                }
                case "follow" -> loaded.followed.add(new UserId(row.ref()));
                case "version" -> {
                    loaded.version = row.ref();
                    row.refs().forEach(id -> loaded.excluded.add(new VideoId(id)));
                }
                default -> {
                    loaded.videos.put(row.facts().id(), row.facts());
                    loaded.ranked.computeIfAbsent(SourceKind.valueOf(row.label()), kind -> new ArrayList<>())
                            .add(row);
                }
            }
        }
        loaded.events.sort(Comparator.comparing(SignalEvent::at).reversed());
        // facts read fresh by this statement win over remembered ones; an event whose video was deleted meanwhile
        // is dropped
        var unread = loaded.events.stream().map(SignalEvent::video).filter(id -> !loaded.videos.containsKey(id))
                .toList();
        if (!unread.isEmpty()) {
            eventVideos.of(unread, loaded.version).forEach(loaded.videos::putIfAbsent);
            loaded.events.removeIf(event -> !loaded.videos.containsKey(event.video()));
        }
        return loaded;
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        var kind = rs.getString("row_kind");
        var label = rs.getString("label");
        if (kind.equals("version")) {
            var excluded = (Long[]) rs.getArray("refs").getArray();
            return new Row(kind, label, null, 0, rs.getLong("ref"), null, null, List.of(excluded));
        }
        if (kind.equals("follow")) {
            return new Row(kind, label, null, 0, rs.getLong("ref"), null, null, List.of());
        }
        // the per-viewer statement names an event's video by id only (its facts come from EventVideoFacts)
        var facts = rs.getObject("id") == null ? null : VisibleVideos.facts(rs);
        SignalEvent event = null;
        Instant at = null;
        if (kind.equals("event") || kind.equals("dismissal")) {
            at = rs.getObject("at", OffsetDateTime.class).toInstant();
        }
        if (kind.equals("event")) {
            var video = facts == null ? new VideoId(rs.getLong("ref")) : facts.id();
            event = new SignalEvent(signalKind(label), video, at, rs.getDouble("seconds"));
        }
        return new Row(kind, label, event, rs.getLong("rank"), 0, facts, at, List.of());
    }

    private static SignalKind signalKind(String label) {
        return switch (label) {
            case "LIKE" -> SignalKind.LIKE;
            case "SAVE" -> SignalKind.SAVE;
            case "product_view" -> SignalKind.PRODUCT_VIEW;
            case "add_to_cart_from_video" -> SignalKind.ADD_TO_CART;
            case "watch_time" -> SignalKind.WATCH_TIME;
            default -> throw new IllegalStateException("unexpected event type " + label);
        };
    }

    /** The per-viewer statement binds what only the whole-feed statement reads: same binds, two texts. */
    private static Query unusedBindingsAllowed(Query query) {
        query.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return query;
    }

    /**
     * One row of a feed statement: an event, a follow, a source's proposal, a "not interested", or the catalogue
     * version with the videos the viewer must not be proposed (seen or dismissed) in {@code refs}.
     */
    private record Row(String kind, String label, SignalEvent event, long rank, long ref, VideoFacts facts,
                       Instant at, List<Long> refs) {
    }

    /**
     * A feed statement in two texts, for members and for anonymous callers: the other kind of caller's branches
     * are cut with a constant, so that PostgreSQL's generic plan of the prepared statement is as good as a
     * custom one and it stops planning the statement on every call (decision D60).
     */
    private record ForCaller(String member, String anonymous) {

        static ForCaller of(String sql) {
            String anonymousOnly = "CAST(:user AS bigint) IS NULL";
            return new ForCaller(sql.replace(anonymousOnly, "false"), sql.replace(anonymousOnly, "true"));
        }

        String forCaller(SignalQuery query) {
            return query.user().isPresent() ? member : anonymous;
        }
    }

    /** What one feed statement read, by kind. */
    private static final class Loaded {

        private final List<SignalEvent> events = new ArrayList<>();
        private final Set<UserId> followed = new HashSet<>();
        private final Map<SourceKind, List<Row>> ranked = new EnumMap<>(SourceKind.class);
        private final Map<VideoId, VideoFacts> videos = new HashMap<>();
        private final List<Dismissal> dismissals = new ArrayList<>();
        private final Set<VideoId> excluded = new HashSet<>();
        private long version;

        Signals signals() {
            var proposals = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
            ranked.forEach((source, list) -> proposals.put(source, list.stream()
                    .sorted(Comparator.comparingLong(Row::rank)).map(row -> row.facts().id()).toList()));
            return new Signals(events, followed, proposals, videos, dismissals);
        }
    }
}
