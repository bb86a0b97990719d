package io.shoppable.persistence.evaluation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.evaluation.Marketplace;
import io.shoppable.recommendation.evaluation.MarketplaceStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Stores a generated marketplace with batched inserts, one transaction per table, so a progress bar moves
 * and a crash leaves whole tables (a later load sees the creators and skips: {@link #holdsUser}).
 */
public final class JdbiMarketplaceStore implements MarketplaceStore {

    private static final int BATCH = 1000;

    private static final String USER = """
            INSERT INTO users (id, username, created_at, updated_at) VALUES (:id, :username, :at, :at)
            ON CONFLICT (id) DO NOTHING
            """;

    private static final String PROFILE = """
            INSERT INTO creator_profiles (user_id, handle, display_name, created_at)
            VALUES (:user, :handle, :name, :at)
            ON CONFLICT (user_id) DO NOTHING
            """;

    private static final String PRODUCT = """
            INSERT INTO products (seller_id, name, price, stock) VALUES (:seller, :name, :price, 1000)
            RETURNING id
            """;

    private static final String VIDEO = """
            INSERT INTO videos (owner_id, content_type, image_file, title, tags, category_id, product_id,
                                views_count, likes_count, shares_count, created_at)
            VALUES (:owner, 'IMAGE', :file, :title, :tags, :category, :product, :views, :likes, :shares, :at)
            RETURNING id
            """;

    private static final String LIKE = """
            INSERT INTO video_likes (user_id, video_id, created_at) VALUES (:user, :video, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String SAVE = """
            INSERT INTO video_saves (user_id, video_id, created_at) VALUES (:user, :video, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String EVENT = """
            INSERT INTO user_interactions (user_id, session_key, video_id, event_type, dwell_seconds, created_at)
            VALUES (:user, 'user:' || :user, :video, :type, :seconds, :at)
            """;

    private static final String FOLLOW = """
            INSERT INTO user_follows (follower_id, following_id, created_at) VALUES (:follower, :creator, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String CATEGORIES = """
            SELECT id FROM video_categories WHERE is_active ORDER BY sort_order, id
            """;

    private static final String HOLDS_USER = """
            SELECT EXISTS (SELECT 1 FROM users WHERE id = :id)
            """;

    private final Jdbi jdbi;

    public JdbiMarketplaceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CategoryId> activeCategories() {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(CATEGORIES).mapTo(Long.class).list())
                .stream().map(CategoryId::new).toList();
    }

    @Override
    public boolean holdsUser(UserId user) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(HOLDS_USER).bind("id", user.value())
                .mapTo(Boolean.class).one());
    }

    @Override
    public List<VideoId> load(Marketplace marketplace, List<String> mediaFile, IntConsumer progress) {
        var at = marketplace.now().minusSeconds(90L * 86_400).atOffset(ZoneOffset.UTC);
        int[] written = {0};
        var people = new ArrayList<Object[]>();
        marketplace.creators().forEach(creator -> people.add(new Object[] {creator.id(), creator.username()}));
        marketplace.shoppers().forEach(shopper -> people.add(new Object[] {shopper.id(), shopper.username()}));
        for (var chunk : chunks(people)) {
            SqlErrors.inTransaction(jdbi, handle -> {
                var batch = handle.prepareBatch(USER);
                chunk.forEach(row -> batch.bind("id", ((UserId) row[0]).value()).bind("username", row[1])
                        .bind("at", at).add());
                return batch.execute();
            });
            report(progress, written, chunk.size());
        }
        var products = SqlErrors.inTransaction(jdbi, handle -> {
            var profiles = handle.prepareBatch(PROFILE);
            marketplace.creators().forEach(creator -> profiles.bind("user", creator.id().value())
                    .bind("handle", creator.username()).bind("name", "Creator " + creator.username().substring(7))
                    .bind("at", at).add());
            profiles.execute();
            var batch = handle.prepareBatch(PRODUCT);
            marketplace.creators().forEach(creator -> batch.bind("seller", creator.id().value())
                    .bind("name", "Bestseller by " + creator.username()).bind("price", 19.99).add());
            return batch.executePreparedBatch("id").mapTo(Long.class).list();
        });
        report(progress, written, marketplace.creators().size() * 2);
        var ids = new ArrayList<VideoId>();
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < marketplace.videos().size(); i++) {
            indexes.add(i);
        }
        for (var chunk : chunks(indexes)) {
            ids.addAll(SqlErrors.inTransaction(jdbi, handle -> {
                var batch = handle.prepareBatch(VIDEO);
                for (int i : chunk) {
                    var video = marketplace.videos().get(i);
                    var creator = marketplace.creators().get(video.creator());
                    batch.bind("owner", creator.id().value()).bind("file", mediaFile.get(i))
                            .bind("title", video.title()).bindArray("tags", String.class, video.tags())
                            .bind("category", video.category().value()).bind("product", products.get(video.creator()))
                            .bind("views", video.views()).bind("likes", video.likes()).bind("shares", video.shares())
                            .bind("at", video.createdAt().atOffset(ZoneOffset.UTC)).add();
                }
                return batch.executePreparedBatch("id").mapTo(Long.class).list().stream().map(VideoId::new).toList();
            }));
            report(progress, written, chunk.size());
        }
        for (var chunk : chunks(marketplace.history())) {
            SqlErrors.inTransaction(jdbi, handle -> {
                interactions(handle, chunk, ids);
                return chunk.size();
            });
            report(progress, written, chunk.size());
        }
        SqlErrors.inTransaction(jdbi, handle -> {
            var batch = handle.prepareBatch(FOLLOW);
            marketplace.follows().forEach(follow -> batch.bind("follower", follow.follower().value())
                    .bind("creator", follow.creator().value()).bind("at", follow.at().atOffset(ZoneOffset.UTC))
                    .add());
            return batch.size() == 0 ? new int[0] : batch.execute();
        });
        report(progress, written, marketplace.follows().size());
        return List.copyOf(ids);
    }

    @Override
    public void watch(UserId user, VideoId video, Instant at, double seconds) {
        SqlErrors.withHandle(jdbi, handle -> handle.createUpdate(EVENT).bind("user", user.value())
                .bind("video", video.value()).bind("type", "watch_time").bind("seconds", seconds)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    private static void interactions(Handle handle, List<Marketplace.Interaction> chunk, List<VideoId> ids) {
        var likes = handle.prepareBatch(LIKE);
        var saves = handle.prepareBatch(SAVE);
        var events = handle.prepareBatch(EVENT);
        for (var interaction : chunk) {
            long user = interaction.user().value();
            long video = ids.get(interaction.video()).value();
            var at = interaction.at().atOffset(ZoneOffset.UTC);
            switch (interaction.kind()) {
                case LIKE -> likes.bind("user", user).bind("video", video).bind("at", at).add();
                case SAVE -> saves.bind("user", user).bind("video", video).bind("at", at).add();
                case VIEW, WATCH, CART -> events.bind("user", user).bind("video", video)
                        .bind("type", switch (interaction.kind()) {
                            case VIEW -> "view";
                            case WATCH -> "watch_time";
                            default -> "add_to_cart_from_video";
                        })
                        .bind("seconds", interaction.kind() == Marketplace.Interaction.Kind.WATCH
                                ? interaction.seconds() : null)
                        .bind("at", at).add();
                default -> throw new IllegalStateException("unknown kind " + interaction.kind());
            }
        }
        for (var batch : List.of(likes, saves, events)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        var chunks = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return chunks;
    }

    private static void report(IntConsumer progress, int[] written, int rows) {
        written[0] += rows;
        progress.accept(written[0]);
    }
}
