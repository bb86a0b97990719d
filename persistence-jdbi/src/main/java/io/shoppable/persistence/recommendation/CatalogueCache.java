package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's copy of the feed's {@link CatalogueLists} (decision D60). The lists are read again, in one
 * statement, whenever the catalogue version a feed request read differs from theirs (a video was added,
 * deleted, hidden, re-filed or re-scored, a product or category changed), so no list outlives a change
 * of visibility. Counters (views, likes, shares) in the lists may lag: lists older than {@link #FRESH} are
 * read again in the background while requests keep using them, and lists older than {@link #MAX_AGE} are
 * never used. Thread-safe; at most one read runs at a time.
 */
final class CatalogueCache {

    /** Lists younger than this are used as they are. */
    static final Duration FRESH = Duration.ofSeconds(2);
    /** Lists older than this are read again before use: the most the counters in them may lag. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    // videos_listable_created_at_idx, videos_trend_score_idx, and per active category
    // videos_category_id_created_at_idx and videos_category_id_trend_score_idx; each list stops at its depth.
    private static final String LISTS = "WITH " + VisibleVideos.CTE + """
            ,
            lists AS (
                (SELECT 'newest' AS list, NULL::bigint AS category, v.id,
                        row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank
                 FROM visible v ORDER BY v.created_at DESC, v.id DESC LIMIT :newest)
                UNION ALL
                (SELECT 'trending', NULL, v.id, row_number() OVER (ORDER BY v.trend_score DESC, v.id DESC)
                 FROM visible v ORDER BY v.trend_score DESC, v.id DESC LIMIT :trending)
                UNION ALL
                SELECT 'newest', c.id, p.id, p.rank FROM video_categories c CROSS JOIN LATERAL (
                    SELECT v.id, row_number() OVER (ORDER BY v.created_at DESC, v.id DESC) AS rank
                    FROM visible v WHERE v.category_id = c.id
                    ORDER BY v.created_at DESC, v.id DESC LIMIT :categoryNewest
                ) p
                WHERE c.is_active
                UNION ALL
                SELECT 'trending', c.id, p.id, p.rank FROM video_categories c CROSS JOIN LATERAL (
                    SELECT v.id, row_number() OVER (ORDER BY v.trend_score DESC, v.id DESC) AS rank
                    FROM visible v WHERE v.category_id = c.id
                    ORDER BY v.trend_score DESC, v.id DESC LIMIT :categoryTrending
                ) p
                WHERE c.is_active
            )
            SELECT l.list, l.category, l.rank,
            """ + CatalogueVersion.VALUE + " AS version, " + VisibleVideos.FACTS + """

            FROM lists l JOIN videos v ON v.id = l.id
            ORDER BY l.list, l.category NULLS FIRST, l.rank
            """;

    private final Jdbi jdbi;
    private final AtomicReference<CatalogueLists> current = new AtomicReference<>();
    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    // One daemon thread at most, gone when idle: a refresh never delays a request, and an adapter that is
    // dropped leaves no thread behind.
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                var thread = new Thread(task, "feed-catalogue-refresh");
                thread.setDaemon(true);
                return thread;
            });

    CatalogueCache(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The lists as of {@code version} (the catalogue version a feed request just read), reading them if needed. */
    CatalogueLists at(long version) {
        var lists = current.get();
        long now = System.nanoTime();
        if (lists != null && lists.version() == version && now - lists.loadedAt() < MAX_AGE.toNanos()) {
            if (now - lists.loadedAt() >= FRESH.toNanos() && refreshing.compareAndSet(false, true)) {
                background.execute(this::refresh);
            }
            return lists;
        }
        reading.lock();
        try {
            // another request may have read them while this one waited
            lists = current.get();
            if (lists != null && lists.version() >= version && System.nanoTime() - lists.loadedAt()
                    < MAX_AGE.toNanos()) {
                return lists;
            }
            lists = read();
            current.set(lists);
            return lists;
        } finally {
            reading.unlock();
        }
    }

    private void refresh() {
        try {
            reading.lock();
            try {
                current.set(read());
            } finally {
                reading.unlock();
            }
        } catch (RuntimeException e) {
            // the next request reads them itself once they are too old; the database may be down
        } finally {
            refreshing.set(false);
        }
    }

    private CatalogueLists read() {
        long loadedAt = System.nanoTime();
        var rows = SqlErrors.withHandle(jdbi, handle -> handle.createQuery(LISTS)
                .bind("newest", CatalogueLists.NEWEST_DEPTH)
                .bind("trending", CatalogueLists.TRENDING_DEPTH)
                .bind("categoryNewest", CatalogueLists.CATEGORY_NEWEST_DEPTH)
                .bind("categoryTrending", CatalogueLists.CATEGORY_TRENDING_DEPTH)
                .map((rs, ctx) -> new Row(rs.getString("list"), (Long) rs.getObject("category"),
                        rs.getLong("rank"), rs.getLong("version"), JdbiSignalSource.facts(rs)))
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
