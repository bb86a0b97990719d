package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.persistence.CatalogueVersion;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * This node's copy of the feed's {@link CatalogueLists} (decision D60). The lists are read again, in one
 * statement, whenever the catalogue version a feed request read differs from theirs (a video was added,
 * deleted, hidden, re-filed or re-scored, a product or category changed), so no list outlives a change of
 * visibility or of trend scores; otherwise they are read again once older than {@link #MAX_AGE}, the most the
 * counters (views, likes, shares) the engine weighs from them may lag. Thread-safe; one read at a time:
 * after a change requests wait for it and use its result, while lists that are merely old keep serving every
 * request and are replaced by a read in the background, so no request waits for it (at L the read takes about
 * 0.2 s of PostgreSQL work).
 */
final class CatalogueCache {

    /** How long lists are used while the catalogue version stays the same. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private static final String NEWEST = "v.created_at DESC, v.id DESC";
    private static final String HOTTEST = "v.trend_score DESC, v.id DESC";

    // videos_listable_created_at_idx, videos_trend_score_idx, and per active category
    // videos_category_id_created_at_idx and videos_category_id_trend_score_idx; each list stops at its depth.
    private static final String LISTS = "WITH " + VisibleVideos.CTE + """
            ,
            lists AS (
            """ + overall("newest", NEWEST, "newest") + " UNION ALL " + overall("trending", HOTTEST, "trending")
            + " UNION ALL " + perCategory("newest", NEWEST, "categoryNewest")
            + " UNION ALL " + perCategory("trending", HOTTEST, "categoryTrending") + """
            )
            SELECT l.*, """ + CatalogueVersion.VALUE + """
             AS version
            FROM lists l
            ORDER BY l.list, l.category NULLS FIRST, l.rank
            """;

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueCache.class);

    /** The first {@code :limit} visible videos in {@code order}, named {@code list}. */
    private static String overall(String list, String order, String limit) {
        return "(SELECT '" + list + "' AS list, NULL::bigint AS category, row_number() OVER (ORDER BY " + order
                + ") AS rank," + VisibleVideos.FACTS + "FROM visible v ORDER BY " + order + " LIMIT :" + limit + ")\n";
    }

    /** Per active category, its first {@code :limit} visible videos in {@code order}, named {@code list}. */
    private static String perCategory(String list, String order, String limit) {
        return "SELECT '" + list + "', c.id, p.* FROM video_categories c CROSS JOIN LATERAL (\n"
                + "    SELECT row_number() OVER (ORDER BY " + order + ") AS rank," + VisibleVideos.FACTS
                + "FROM visible v WHERE v.category_id = c.id ORDER BY " + order + " LIMIT :" + limit + "\n"
                + ") p WHERE c.is_active\n";
    }

    /** Reads old lists again; one daemon thread at most, gone when idle, shared by every cache of the JVM. */
    private static final Executor BACKGROUND = backgroundReader();

    private final Jdbi jdbi;
    private final Executor background;
    private final LongSupplier nanoTime;
    private final AtomicReference<CatalogueLists> current = new AtomicReference<>();
    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    CatalogueCache(Jdbi jdbi) {
        this(jdbi, BACKGROUND, System::nanoTime);
    }

    CatalogueCache(Jdbi jdbi, Executor background, LongSupplier nanoTime) {
        this.jdbi = jdbi;
        this.background = background;
        this.nanoTime = nanoTime;
    }

    /** The lists as of {@code version} (the catalogue version a feed request just read), reading them if needed. */
    CatalogueLists at(long version) {
        var lists = current.get();
        if (lists != null && lists.version() >= version) {
            if (nanoTime.getAsLong() - lists.loadedAt() >= MAX_AGE.toNanos()) {
                refreshInBackground();
            }
            return lists;
        }
        reading.lock();
        try {
            // another request may have read them while this one waited
            lists = current.get();
            if (lists != null && lists.version() >= version) {
                return lists;
            }
            lists = read();
            current.set(lists);
            return lists;
        } finally {
            reading.unlock();
        }
    }

    /** Starts one background read of the lists, unless one is queued or running. */
    private void refreshInBackground() {
        if (refreshing.compareAndSet(false, true)) {
            try {
                background.execute(this::refresh);
            } catch (RuntimeException e) {
                refreshing.set(false);
                throw e;
            }
        }
    }

    private void refresh() {
        try {
            reading.lock();
            try {
                var lists = current.get();
                if (lists == null || nanoTime.getAsLong() - lists.loadedAt() >= MAX_AGE.toNanos()) {
                    current.set(read());
                }
            } finally {
                reading.unlock();
            }
        } catch (RuntimeException e) {
            // the old lists keep serving; the next request past MAX_AGE tries again
            LOG.warn("reading the feed's catalogue lists again failed: {}", e.toString());
        } finally {
            refreshing.set(false);
        }
    }

    private static Executor backgroundReader() {
        return new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            var thread = new Thread(task, "catalogue-lists");
            thread.setDaemon(true);
            return thread;
        });
    }

    private CatalogueLists read() {
        long loadedAt = nanoTime.getAsLong();
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
