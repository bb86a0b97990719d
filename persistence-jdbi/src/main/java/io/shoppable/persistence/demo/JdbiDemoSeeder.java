package io.shoppable.persistence.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.shoppable.domain.demo.DemoScale;
import io.shoppable.domain.demo.DemoSeeder;
import io.shoppable.domain.demo.DemoSeeding;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates demo data from a seed and loads it with PostgreSQL {@code COPY}, in one transaction. New ids
 * start above the largest existing ones, so the demo can join data that is already there. Counters are
 * computed from the generated rows (a video's likes equal its like rows), so the data is as consistent
 * as the service keeps its own. Generation runs twice per table, counting first and writing second, from
 * the same seeded random numbers, so nothing large is held in memory.
 */
public final class JdbiDemoSeeder implements DemoSeeder {

    private static final String LOCK = "LOCK TABLE demo_seeds IN EXCLUSIVE MODE";
    private static final String LOADED = "SELECT scale, seed FROM demo_seeds";
    private static final String RECORD = """
            INSERT INTO demo_seeds (scale, seed, rows_loaded, loaded_at) VALUES (:scale, :seed, :rows, :at)
            """;
    private static final String MAX_ID = "SELECT coalesce(max(id), 0) FROM %s";
    private static final String CATEGORIES = """
            INSERT INTO video_categories (name, sort_order)
            SELECT 'Demo ' || lpad(g::text, 2, '0'), 100 + g FROM generate_series(1, :count) g
            ON CONFLICT (name) DO UPDATE SET is_active = true
            """;
    private static final String CATEGORY_IDS = """
            SELECT id FROM video_categories WHERE name LIKE 'Demo %' ORDER BY name LIMIT :count
            """;
    // video_tags (changeset 0100) is kept by a row trigger on videos; for a bulk load one statement after the
    // COPY is several times cheaper than the trigger firing per video.
    private static final String VIDEO_TAGS_TRIGGER_OFF = "ALTER TABLE videos DISABLE TRIGGER videos_tags_sync";
    private static final String VIDEO_TAGS_TRIGGER_ON = "ALTER TABLE videos ENABLE TRIGGER videos_tags_sync";
    private static final String VIDEO_TAGS = """
            INSERT INTO video_tags (video_id, tag, category_id, created_at)
            SELECT DISTINCT v.id, t.tag, v.category_id, v.created_at
            FROM videos v CROSS JOIN LATERAL unnest(v.tags) AS t(tag)
            WHERE v.id > :base
            """;
    private static final List<String> SEQUENCES = List.of("creator_profiles", "products", "videos");
    private static final String SET_SEQUENCE = """
            SELECT setval(pg_get_serial_sequence('%1$s', 'id'), (SELECT greatest(max(id), 1) FROM %1$s))
            """;

    /** Strides coprime with every table size used, so one user's likes or follows never repeat. */
    private static final long STRIDE = 1_000_003;
    private static final int PRODUCTS_PER_USER = 2;
    private static final int TAGS_PER_VIDEO = 3;
    private static final long VIDEO_AGE_SECONDS = 30L * 24 * 3600;
    private static final long EVENT_AGE_SECONDS = 7L * 24 * 3600;
    private static final int CHUNK_ROWS = 50_000;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiDemoSeeder(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public DemoSeeding seed(DemoScale scale, long seed, Progress progress) {
        var seeding = SqlErrors.inTransaction(jdbi, handle -> {
            handle.execute(LOCK);
            var loaded = handle.createQuery(LOADED).map((rs, ctx) -> rs.getString("scale") + "/" + rs.getLong("seed"))
                    .list();
            if (loaded.contains(scale.name() + "/" + seed)) {
                return new DemoSeeding(scale, seed, true, 0);
            }
            if (!loaded.isEmpty()) {
                throw new Conflict("demo_seeded", "Other demo data is loaded already (" + String.join(", ", loaded)
                        + "); use an empty database");
            }
            long rows = new Load(handle, scale, seed, clock.instant(), progress).run();
            handle.createUpdate(RECORD).bind("scale", scale.name()).bind("seed", seed).bind("rows", rows)
                    .bind("at", clock.instant()).execute();
            return new DemoSeeding(scale, seed, false, rows);
        });
        if (!seeding.alreadyLoaded()) {
            SqlErrors.withHandle(jdbi, handle -> handle.execute("ANALYZE"));
        }
        return seeding;
    }

    /** One load: the generators and the writer share the scale, the seed and the id offsets. */
    private static final class Load {

        private final Handle handle;
        private final DemoScale scale;
        private final long seed;
        private final long now;
        private final Progress progress;
        private final CopyManager copy;
        private final long userBase;
        private final long creatorBase;
        private final long productBase;
        private final long videoBase;
        private long[] categoryIds;
        private final int[] videoOwner;
        private final int[] videoProduct;
        private final int[] likes;
        private final int[] saves;
        private final int[] views;
        private final int[] followers;
        private final int[] posts;
        private final long[] creatorViews;

        Load(Handle handle, DemoScale scale, long seed, Instant now, Progress progress) {
            this.handle = handle;
            this.scale = scale;
            this.seed = seed;
            this.now = now.getEpochSecond();
            this.progress = progress;
            try {
                this.copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY needs a PostgreSQL connection", e);
            }
            this.userBase = maxId("users");
            this.creatorBase = maxId("creator_profiles");
            this.productBase = maxId("products");
            this.videoBase = maxId("videos");
            this.videoOwner = new int[scale.videos()];
            this.videoProduct = new int[scale.videos()];
            this.likes = new int[scale.videos()];
            this.saves = new int[scale.videos()];
            this.views = new int[scale.videos()];
            this.followers = new int[scale.users()];
            this.posts = new int[scale.users()];
            this.creatorViews = new long[scale.users()];
        }

        long run() {
            handle.createUpdate(CATEGORIES).bind("count", scale.categories()).execute();
            categoryIds = handle.createQuery(CATEGORY_IDS).bind("count", scale.categories()).mapTo(Long.class)
                    .list().stream().mapToLong(Long::longValue).toArray();
            placeVideos();
            pairs(scale.likes(), scale.videos(), 11, (user, video) -> likes[video]++);
            pairs(scale.saves(), scale.videos(), 13, (user, video) -> saves[video]++);
            follows((follower, followed) -> followers[followed]++);
            interactions(event -> {
                if (event.kind == Kind.VIEW) {
                    views[event.video]++;
                    creatorViews[videoOwner[event.video]]++;
                }
            });
            long rows = 0;
            rows += write("users", "users (id, username, is_admin, created_at, updated_at)", scale.users(),
                    out -> {
                        for (int u = 0; u < scale.users(); u++) {
                            String at = time(now - VIDEO_AGE_SECONDS * 2);
                            out.row(userId(u), "demo_user_" + userId(u), "f", at, at);
                        }
                    });
            rows += write("creator_profiles", "creator_profiles (id, user_id, handle, display_name, follower_count,"
                    + " posts_count, views_count, created_at)", scale.users(), out -> {
                        for (int u = 0; u < scale.users(); u++) {
                            out.row(creatorBase + u + 1, userId(u), "demo_" + userId(u), "Demo creator " + (u + 1),
                                    followers[u], posts[u], creatorViews[u], time(now - VIDEO_AGE_SECONDS * 2));
                        }
                    });
            rows += write("products", "products (id, seller_id, name, price, stock, created_at)",
                    (long) scale.users() * PRODUCTS_PER_USER, out -> {
                        var random = random(5);
                        for (int p = 0; p < scale.users() * PRODUCTS_PER_USER; p++) {
                            String price = (5 + random.nextInt(195)) + "." + (10 + random.nextInt(90));
                            out.row(productBase + p + 1, userId(p / PRODUCTS_PER_USER), "Demo product " + (p + 1),
                                    price, 100, time(now - VIDEO_AGE_SECONDS * 2));
                        }
                    });
            handle.execute(VIDEO_TAGS_TRIGGER_OFF);
            rows += writeVideos();
            handle.execute(VIDEO_TAGS_TRIGGER_ON);
            handle.createUpdate(VIDEO_TAGS).bind("base", videoBase).execute();
            rows += write("video_likes", "video_likes (user_id, video_id, created_at)", scale.likes(),
                    out -> pairs(scale.likes(), scale.videos(), 11, (user, video) ->
                            out.row(userId(user), videoBase + video + 1,
                                    time(now - (user * 7919L) % EVENT_AGE_SECONDS))));
            rows += write("video_saves", "video_saves (user_id, video_id, created_at)", scale.saves(),
                    out -> pairs(scale.saves(), scale.videos(), 13, (user, video) ->
                            out.row(userId(user), videoBase + video + 1,
                                    time(now - (user * 6271L) % EVENT_AGE_SECONDS))));
            rows += write("user_follows", "user_follows (follower_id, following_id, created_at)", scale.follows(),
                    out -> follows((follower, followed) -> out.row(userId(follower), userId(followed),
                            time(now - (follower * 4099L) % EVENT_AGE_SECONDS))));
            rows += write("user_interactions", "user_interactions (user_id, session_key, video_id, product_id,"
                    + " event_type, dwell_seconds, created_at)", scale.interactions(), out -> interactions(event ->
                    out.row(userId(event.user), "user:" + userId(event.user), videoBase + event.video + 1,
                            event.kind.withProduct ? productBase + videoProduct[event.video] + 1 : null,
                            event.kind.wire, event.kind == Kind.WATCH_TIME ? event.dwell : null, time(event.at))));
            for (String table : SEQUENCES) {
                handle.createQuery(SET_SEQUENCE.formatted(table)).mapTo(Long.class).one();
            }
            return rows;
        }

        /** Owners, categories, tags and products of the videos; a creator's posts are counted here. */
        private void placeVideos() {
            var random = random(3);
            for (int v = 0; v < scale.videos(); v++) {
                int owner = random.nextInt(scale.users());
                videoOwner[v] = owner;
                videoProduct[v] = owner * PRODUCTS_PER_USER + random.nextInt(PRODUCTS_PER_USER);
                posts[owner]++;
            }
        }

        private long writeVideos() {
            return write("videos", "videos (id, owner_id, content_type, image_file, title, tags, category_id,"
                    + " product_id, views_count, likes_count, saves_count, created_at)", scale.videos(), out -> {
                        var random = random(4);
                        for (int v = 0; v < scale.videos(); v++) {
                            long id = videoBase + v + 1;
                            var tags = new StringBuilder("{");
                            // Steps of at least 1 that add up to less than the tag count never repeat a tag.
                            int perVideo = Math.min(TAGS_PER_VIDEO, scale.tags());
                            int tag = random.nextInt(scale.tags());
                            for (int t = 0; t < perVideo; t++) {
                                tags.append(t == 0 ? "" : ",").append(tag(tag % scale.tags()));
                                tag += 1 + random.nextInt(Math.max(1, (scale.tags() - 1) / perVideo));
                            }
                            out.row(id, userId(videoOwner[v]), "IMAGE", "demo/video-" + id + ".jpg",
                                    "Demo video " + (v + 1), tags.append('}'),
                                    categoryIds[random.nextInt(categoryIds.length)],
                                    productBase + videoProduct[v] + 1, views[v], likes[v], saves[v],
                                    time(now - (long) (random.nextDouble() * VIDEO_AGE_SECONDS)));
                        }
                    });
        }

        /**
         * {@code total} distinct (user, item) pairs: user {@code u} takes items {@code r + j * STRIDE} modulo
         * the item count, which never repeat for fewer picks than items.
         */
        private void pairs(long total, int items, int salt, PairSink sink) {
            var random = random(salt);
            int users = scale.users();
            for (int u = 0; u < users; u++) {
                long picks = total / users + (u < total % users ? 1 : 0);
                long start = random.nextInt(items);
                for (long j = 0; j < picks; j++) {
                    sink.accept(u, (int) ((start + j * STRIDE) % items));
                }
            }
        }

        /** Follows between distinct users, never of oneself, as {@link #pairs} over the other users. */
        private void follows(PairSink sink) {
            var random = random(17);
            int users = scale.users();
            int others = users - 1;
            for (int u = 0; u < users; u++) {
                long picks = scale.follows() / users + (u < scale.follows() % users ? 1 : 0);
                long start = random.nextInt(others);
                for (long j = 0; j < picks; j++) {
                    sink.accept(u, (int) ((u + 1 + (start + j * STRIDE) % others) % users));
                }
            }
        }

        private void interactions(Consumer<Event> sink) {
            var random = random(19);
            var event = new Event();
            for (long i = 0; i < scale.interactions(); i++) {
                event.user = random.nextInt(scale.users());
                // A quarter of the videos draw three quarters of the events, as popular ones do.
                event.video = random.nextInt(4) < 3 ? random.nextInt(Math.max(1, scale.videos() / 4))
                        : random.nextInt(scale.videos());
                event.kind = Kind.draw(random.nextInt(100));
                event.dwell = 1 + random.nextInt(40) + random.nextInt(10) / 10.0;
                event.at = now - (long) (random.nextDouble() * EVENT_AGE_SECONDS);
                sink.accept(event);
            }
        }

        private SplittableRandom random(int salt) {
            return new SplittableRandom(seed * 31 + salt);
        }

        private long userId(int index) {
            return userBase + index + 1;
        }

        private static String tag(int index) {
            return "tag%03d".formatted(index);
        }

        private static String time(long epochSecond) {
            return Instant.ofEpochSecond(epochSecond).toString();
        }

        private long maxId(String table) {
            return handle.createQuery(MAX_ID.formatted(table)).mapTo(Long.class).one();
        }

        private long write(String table, String target, long total, Consumer<Rows> rows) {
            var out = new Rows(copy, "COPY " + target + " FROM STDIN", table, total, progress);
            rows.accept(out);
            out.flush();
            return out.written;
        }
    }

    /** Rows in COPY text format, sent in chunks so memory stays small and progress moves. */
    private static final class Rows {

        private final CopyManager copy;
        private final String command;
        private final String table;
        private final long total;
        private final Progress progress;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private int pending;
        private long written;

        Rows(CopyManager copy, String command, String table, long total, Progress progress) {
            this.copy = copy;
            this.command = command;
            this.table = table;
            this.total = total;
            this.progress = progress;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                buffer.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i]);
            }
            buffer.append('\n');
            if (++pending == CHUNK_ROWS) {
                flush();
            }
        }

        void flush() {
            if (pending == 0) {
                if (written == 0) {
                    progress.advanced(table, 0, total);
                }
                return;
            }
            try {
                copy.copyIn(command, new StringReader(buffer.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
            }
            written += pending;
            pending = 0;
            buffer.setLength(0);
            progress.advanced(table, written, total);
        }
    }

    @FunctionalInterface
    private interface PairSink {
        void accept(int user, int item);
    }

    /** One generated event; reused between rows. */
    private static final class Event {
        int user;
        int video;
        Kind kind;
        double dwell;
        long at;
    }

    private enum Kind {
        VIEW("view", false, 60),
        WATCH_TIME("watch_time", false, 20),
        PRODUCT_VIEW("product_view", true, 10),
        SCROLL_PAUSE("scroll_pause", false, 5),
        CTA_CLICK("cta_click", false, 3),
        ADD_TO_CART("add_to_cart_from_video", true, 2);

        final String wire;
        final boolean withProduct;
        final int percent;

        Kind(String wire, boolean withProduct, int percent) {
            this.wire = wire;
            this.withProduct = withProduct;
            this.percent = percent;
        }

        static Kind draw(int percentile) {
            int bound = 0;
            for (Kind kind : values()) {
                bound += kind.percent;
                if (percentile < bound) {
                    return kind;
                }
            }
            return VIEW;
        }
    }
}
