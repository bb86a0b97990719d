package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.persistence.CatalogueVersion;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's copy of the feed's {@link CatalogueLists} (decision D60). The lists are read again, in one
 * statement, whenever the catalogue version a feed request read differs from theirs (a video was added,
 * deleted, hidden, re-filed or re-scored, a product or category changed), so no list outlives a change of
 * visibility or of trend scores; otherwise they are read again once older than {@link #MAX_AGE}, the most the
 * counters (views, likes, shares) the engine weighs from them may lag. Thread-safe; one read at a time:
 * after a change requests wait for it and use its result, while lists that are merely old keep serving the
 * requests that arrive during the read.
 */
final class CatalogueCache {

    /** How long lists are used while the catalogue version stays the same. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    // videos_listable_created_at_idx, videos_trend_score_idx, and per active category
    // videos_category_id_created_at_idx and videos_category_id_trend_score_idx; each list stops at its depth.
    private static final String LISTS = "WITH " + VisibleVideos.CTE + """
            ,
            lists AS (
                (SELECT 'newest' AS list, NULL::bigint AS category,
                        row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank,
                        """ + VisibleVideos.FACTS + """
                 FROM visible v ORDER BY v.created_at DESC, v.id DESC LIMIT :newest)
                UNION ALL
                (SELECT 'trending', NULL, row_number() OVER (ORDER BY v.trend_score DESC, v.id DESC),
                        """ + VisibleVideos.FACTS + """
                 FROM visible v ORDER BY v.trend_score DESC, v.id DESC LIMIT :trending)
                UNION ALL
                SELECT 'newest', c.id, p.* FROM video_categories c CROSS JOIN LATERAL (
                    SELECT row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank,""" + VisibleVideos.FACTS
            + """
                    FROM visible v WHERE v.category_id = c.id
                    ORDER BY v.created_at DESC, v.id DESC LIMIT :categoryNewest
                ) p
                WHERE c.is_active
                UNION ALL
                SELECT 'trending', c.id, p.* FROM video_categories c CROSS JOIN LATERAL (
                    SELECT row_number() OVER (ORDER BY v.trend_score DESC, v.id DESC) AS rank,""" + VisibleVideos.FACTS
            + """
                    FROM visible v WHERE v.category_id = c.id
                    ORDER BY v.trend_score DESC, v.id DESC LIMIT :categoryTrending
                ) p
                WHERE c.is_active
            )
            SELECT l.*, """ + CatalogueVersion.VALUE + """
             AS version
            FROM lists l
            ORDER BY l.list, l.category NULLS FIRST, l.rank
            """;

    private final Jdbi jdbi;
    private final AtomicReference<CatalogueLists> current = new AtomicReference<>();
    private final ReentrantLock reading = new ReentrantLock();

    CatalogueCache(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The lists as of {@code version} (the catalogue version a feed request just read), reading them if needed. */
    CatalogueLists at(long version) {
        var lists = current.get();
        if (usable(lists, version)) {
            return lists;
        }
        boolean sameVersion = lists != null && lists.version() >= version;
        if (sameVersion && !reading.tryLock()) {
            // merely old, and another request is reading them again: the old ones serve meanwhile
            return lists;
        }
        if (!sameVersion) {
            reading.lock();
        }
        try {
            // another request may have read them while this one waited
            lists = current.get();
            if (usable(lists, version)) {
                return lists;
            }
            lists = read();
            current.set(lists);
            return lists;
        } finally {
            reading.unlock();
        }
    }

    private static boolean usable(CatalogueLists lists, long version) {
        return lists != null && lists.version() >= version
                && System.nanoTime() - lists.loadedAt() < MAX_AGE.toNanos();
    }

    private CatalogueLists read() {
        long loadedAt = System.nanoTime();
        var rows = SqlErrors.withHandle(jdbi, handle -> handle.createQuery(LISTS)
                .bind("newest", CatalogueLists.NEWEST_DEPTH)
                .bind("trending", CatalogueLists.TRENDING_DEPTH)
                .bind("categoryNewest", CatalogueLists.CATEGORY_NEWEST_DEPTH)
                .bind("categoryTrending", CatalogueLists.CATEGORY_TRENDING_DEPTH)
                .map((rs, ctx) -> new Row(rs.getString("list"), (Long) rs.getObject("category"),
                        rs.getLong("rank"), rs.getLong("version"), VisibleVideos.facts(rs)))
                .list());
        long version = rows.isEmpty() ? CatalogueVersion.read(jdbi) : rows.get(0).version();
        var newest = new ArrayList<VideoFacts>();
        var trending = new ArrayList<VideoFacts>();
        var newestIn = new HashMap<CategoryId, List<VideoFacts>>();
        var trendingIn = new HashMap<CategoryId, List<VideoFacts>>();
        for (var row : rows) {
            boolean isNewest = row.list().equals("newest");
            if (row.category() == null) {
                (isNewest ? newest : trending).add(row.facts());
            } else {
                (isNewest ? newestIn : trendingIn).computeIfAbsent(new CategoryId(row.category()),
                        id -> new ArrayList<>()).add(row.facts());
            }
        }
        return new CatalogueLists(version, loadedAt, ranked(newest, CatalogueLists.NEWEST_DEPTH),
                ranked(trending, CatalogueLists.TRENDING_DEPTH),
                ranked(newestIn, CatalogueLists.CATEGORY_NEWEST_DEPTH),
                ranked(trendingIn, CatalogueLists.CATEGORY_TRENDING_DEPTH));
    }

    private static CatalogueLists.Ranked ranked(List<VideoFacts> videos, int depth) {
        return new CatalogueLists.Ranked(videos, videos.size() < depth);
    }

    private static Map<CategoryId, CatalogueLists.Ranked> ranked(Map<CategoryId, List<VideoFacts>> lists, int depth) {
        var ranked = new HashMap<CategoryId, CatalogueLists.Ranked>();
        lists.forEach((category, videos) -> ranked.put(category, ranked(videos, depth)));
        return ranked;
    }

    private record Row(String list, Long category, long rank, long version, VideoFacts facts) {
    }
}
