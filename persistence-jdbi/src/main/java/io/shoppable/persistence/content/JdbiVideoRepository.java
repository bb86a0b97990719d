package io.shoppable.persistence.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.CarouselItem;
import io.shoppable.domain.content.ContentType;
import io.shoppable.domain.content.ItemId;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.Batches;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Visibility;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Videos in {@code videos}, with their carousel in {@code video_items} and their other products in
 * {@code video_additional_products}. A read loads videos with their items and products in one statement
 * (a page in two), so a page of videos costs the same number of round trips as one video.
 */
public final class JdbiVideoRepository implements VideoRepository {

    /**
     * The columns of a whole video {@code v} that {@link #video} reads, to follow {@code SELECT}; its carousel
     * comes from {@link #ITEMS}.
     */
    public static final String COLUMNS = """
                   v.id, v.owner_id, v.content_type, v.video_file, v.image_file, v.thumbnail, v.title,
                   v.description, v.tags, v.category_id, v.product_id, v.trend_score, v.views_count,
                   v.likes_count, v.shares_count, v.saves_count, v.is_active, v.created_at,
                   ARRAY(SELECT a.product_id FROM video_additional_products a
                         WHERE a.video_id = v.id ORDER BY a.position) AS additional_product_ids,
                   items.ids AS item_ids, items.files AS item_files, items.thumbnails AS item_thumbnails,
                   items.orders AS item_orders
            """;

    /**
     * The join that aggregates the carousel of {@code v} (video_items_video_id_sort_order_idx), so one row is one
     * whole video.
     */
    public static final String ITEMS = """
            LEFT JOIN LATERAL (
                SELECT array_agg(i.id ORDER BY i.sort_order, i.id) AS ids,
                       array_agg(i.file ORDER BY i.sort_order, i.id) AS files,
                       array_agg(i.thumbnail ORDER BY i.sort_order, i.id) AS thumbnails,
                       array_agg(i.sort_order ORDER BY i.sort_order, i.id) AS orders
                FROM video_items i WHERE i.video_id = v.id
            ) items ON true
            """;

    private static final String BY_IDS = "SELECT\n" + COLUMNS + "FROM videos v\n" + ITEMS + "WHERE v.id = ANY(:ids)\n";

    // The common case of a visibility check in one statement: videos_pkey, then the category's and product's rows.
    private static final String VISIBLE_BY_ID = BY_IDS + "  AND " + Visibility.VIDEO + "\n";

    // uses videos_pkey, and the category's and product's primary keys for the visibility rule
    private static final String VIEW_TARGET = "SELECT v.id, v.owner_id, v.views_count, v.shares_count, "
            + Visibility.VIDEO + " AS visible\nFROM videos v\nWHERE v.id = :id\n";

    // uses videos_listable_created_at_idx
    private static final String ACTIVE_PAGE = """
            SELECT v.id, count(*) OVER () AS total
            FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE """ + Visibility.VIDEO + """

            ORDER BY v.created_at DESC, v.id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String ACTIVE_COUNT = """
            SELECT count(*) FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE """ + Visibility.VIDEO + """

            """;

    // uses videos_category_id_created_at_idx
    private static final String ACTIVE_IN_CATEGORY_PAGE = """
            SELECT v.id, count(*) OVER () AS total
            FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE v.category_id = :category AND """ + Visibility.VIDEO + """

            ORDER BY v.created_at DESC, v.id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String ACTIVE_IN_CATEGORY_COUNT = """
            SELECT count(*) FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE v.category_id = :category AND """ + Visibility.VIDEO + """

            """;

    // uses videos_owner_id_created_at_idx
    private static final String BY_OWNER_PAGE = """
            SELECT v.id, count(*) OVER () AS total
            FROM videos v
            WHERE v.owner_id = :owner
            ORDER BY v.created_at DESC, v.id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String BY_OWNER_COUNT = """
            SELECT count(*) FROM videos WHERE owner_id = :owner
            """;

    // uses videos_owner_id_created_at_idx
    private static final String LISTABLE_BY_OWNER_PAGE = """
            SELECT v.id, count(*) OVER () AS total
            FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE v.owner_id = :owner AND """ + Visibility.VIDEO + """

            ORDER BY v.created_at DESC, v.id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String LISTABLE_BY_OWNER_COUNT = """
            SELECT count(*) FROM videos v JOIN video_categories c ON c.id = v.category_id
            WHERE v.owner_id = :owner AND """ + Visibility.VIDEO + """

            """;

    // Row lock until the transaction ends: moderation decisions on one video queue up behind each other.
    private static final String LOCK = """
            SELECT id FROM videos WHERE id = :id FOR UPDATE
            """;

    private static final String SET_HIDDEN = """
            UPDATE videos SET is_hidden = :hidden WHERE id = :id
            """;

    private static final String IS_HIDDEN = """
            SELECT coalesce((SELECT is_hidden FROM videos WHERE id = :id), false)
            """;

    private static final String INSERT = """
            INSERT INTO videos (owner_id, content_type, video_file, image_file, thumbnail, title, description,
                                tags, category_id, product_id, created_at)
            VALUES (:owner, :contentType, :videoFile, :imageFile, :thumbnail, :title, :description,
                    :tags, :category, :product, :at)
            RETURNING id
            """;

    private static final String UPDATE_DETAILS = """
            UPDATE videos
            SET title = :title, description = :description, tags = :tags, category_id = :category,
                product_id = :product
            WHERE id = :id
            """;

    private static final String CLEAR_ADDITIONAL_PRODUCTS = """
            DELETE FROM video_additional_products WHERE video_id = :id
            """;

    private static final String ADD_ADDITIONAL_PRODUCTS = """
            INSERT INTO video_additional_products (video_id, product_id, position)
            SELECT :id, p.product_id, p.ordinality - 1
            FROM unnest(:products) WITH ORDINALITY AS p(product_id, ordinality)
            """;

    private static final String SET_ACTIVE = """
            UPDATE videos SET is_active = :active WHERE id = :id
            """;

    // Likes, saves, items, comments, reports, interactions and additional products go with it (ON DELETE CASCADE).
    private static final String DELETE = """
            DELETE FROM videos WHERE id = :id
            """;

    // Only a collection has a carousel; any other video yields no row.
    private static final String ADD_ITEM = """
            INSERT INTO video_items (video_id, file, thumbnail, sort_order)
            SELECT id, :file, :thumbnail, :order FROM videos WHERE id = :id AND content_type = 'COLLECTION'
            RETURNING id, file, thumbnail, sort_order
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM videos WHERE id = :id)
            """;

    private static final String INCREMENT_VIEWS = """
            UPDATE videos SET views_count = views_count + 1 WHERE id = :id RETURNING views_count
            """;

    private static final String INCREMENT_SHARES = """
            UPDATE videos SET shares_count = shares_count + 1 WHERE id = :id RETURNING shares_count
            """;

    private final Jdbi jdbi;

    public JdbiVideoRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Video create(NewVideo video, Instant at) {
        var media = video.media();
        return SqlErrors.inTransaction(jdbi, handle -> {
            long id = bindDetails(handle.createQuery(INSERT), video.details())
                    .bind("owner", video.owner().value())
                    .bind("contentType", media.type().name())
                    .bind("videoFile", media instanceof Media.OfVideo ? media.file().value() : null)
                    .bind("imageFile", media instanceof Media.OfVideo ? null : media.file().value())
                    .bind("thumbnail", video.thumbnail().map(MediaRef::value).orElse(null))
                    .bind("at", at)
                    .mapTo(Long.class)
                    .one();
            writeAdditionalProducts(handle, id, video.details().additionalProducts());
            return load(handle, new VideoId(id));
        });
    }

    @Override
    public Optional<Video> findById(VideoId id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Optional<Video> findVisible(VideoId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(VISIBLE_BY_ID)
                .bindArray("ids", Long.class, List.of(id.value()))
                .map(JdbiVideoRepository::video)
                .findOne());
    }

    @Override
    public Optional<ViewTarget> findViewTarget(VideoId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(VIEW_TARGET)
                .bind("id", id.value())
                .map((rs, ctx) -> new ViewTarget(new VideoId(rs.getLong("id")), new UserId(rs.getLong("owner_id")),
                        rs.getBoolean("visible"), rs.getLong("views_count"), rs.getLong("shares_count")))
                .findOne());
    }

    @Override
    public Map<VideoId, Video> findAll(Collection<VideoId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> byIds(handle, ids));
    }

    /** Two statements whatever the page size: the page's ids in order, then those videos whole. */
    @Override
    public Page<Video> listActive(Optional<CategoryId> category, PageRequest page) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            var ids = activeIds(handle, category, page);
            var videos = byIds(handle, ids.items());
            // A video deleted between the two statements simply drops out of the page.
            var items = ids.items().stream().filter(videos::containsKey).map(videos::get).toList();
            return new Page<>(items, ids.total(), page);
        });
    }

    @Override
    public Page<Video> listByOwner(UserId owner, boolean everything, PageRequest page) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            var ids = Pages.page(handle.createQuery(everything ? BY_OWNER_PAGE : LISTABLE_BY_OWNER_PAGE)
                            .bind("owner", owner.value()), JdbiVideoRepository::videoId, page,
                    () -> handle.createQuery(everything ? BY_OWNER_COUNT : LISTABLE_BY_OWNER_COUNT)
                            .bind("owner", owner.value()).mapTo(Long.class).one());
            var videos = byIds(handle, ids.items());
            var items = ids.items().stream().filter(videos::containsKey).map(videos::get).toList();
            return new Page<>(items, ids.total(), page);
        });
    }

    @Override
    public void lockForModeration(VideoId id) {
        SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(LOCK)
                .bind("id", id.value())
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> NotFound.of("Video", id)));
    }

    @Override
    public void setHidden(VideoId id, boolean hidden) {
        int updated = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(SET_HIDDEN)
                .bind("id", id.value())
                .bind("hidden", hidden)
                .execute());
        if (updated == 0) {
            throw NotFound.of("Video", id);
        }
    }

    @Override
    public boolean isHidden(VideoId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(IS_HIDDEN)
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Video updateDetails(VideoId id, VideoDetails details) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            int updated = bindDetails(handle.createUpdate(UPDATE_DETAILS), details).bind("id", id.value()).execute();
            if (updated == 0) {
                throw NotFound.of("Video", id);
            }
            handle.createUpdate(CLEAR_ADDITIONAL_PRODUCTS).bind("id", id.value()).execute();
            writeAdditionalProducts(handle, id.value(), details.additionalProducts());
            return load(handle, id);
        });
    }

    @Override
    public void setActive(VideoId id, boolean active) {
        int updated = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(SET_ACTIVE)
                .bind("id", id.value())
                .bind("active", active)
                .execute());
        if (updated == 0) {
            throw NotFound.of("Video", id);
        }
    }

    @Override
    public void delete(VideoId id) {
        int deleted = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .execute());
        if (deleted == 0) {
            throw NotFound.of("Video", id);
        }
    }

    @Override
    public CarouselItem addItem(VideoId id, NewCarouselItem item) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(ADD_ITEM)
                .bind("id", id.value())
                .bind("file", item.file().value())
                .bind("thumbnail", item.thumbnail().map(MediaRef::value).orElse(null))
                .bind("order", item.order())
                .map((rs, ctx) -> new CarouselItem(new ItemId(rs.getLong("id")), new MediaRef(rs.getString("file")),
                        Optional.ofNullable(rs.getString("thumbnail")).map(MediaRef::new), rs.getInt("sort_order")))
                .findOne()
                .orElseThrow(() -> exists(handle, id)
                        ? Invalid.field("items", "only a COLLECTION has carousel items")
                        : NotFound.of("Video", id)));
    }

    @Override
    public long incrementViews(VideoId id) {
        return increment(INCREMENT_VIEWS, id);
    }

    @Override
    public long incrementShares(VideoId id) {
        return increment(INCREMENT_SHARES, id);
    }

    private long increment(String counterUpdate, VideoId id) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(counterUpdate)
                .bind("id", id.value())
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> NotFound.of("Video", id)));
    }

    private static Page<VideoId> activeIds(Handle handle, Optional<CategoryId> category, PageRequest page) {
        if (category.isEmpty()) {
            return Pages.page(handle.createQuery(ACTIVE_PAGE), JdbiVideoRepository::videoId, page,
                    () -> handle.createQuery(ACTIVE_COUNT).mapTo(Long.class).one());
        }
        long id = category.get().value();
        return Pages.page(handle.createQuery(ACTIVE_IN_CATEGORY_PAGE).bind("category", id),
                JdbiVideoRepository::videoId, page,
                () -> handle.createQuery(ACTIVE_IN_CATEGORY_COUNT).bind("category", id).mapTo(Long.class).one());
    }

    private static boolean exists(Handle handle, VideoId id) {
        return handle.createQuery(EXISTS).bind("id", id.value()).mapTo(Boolean.class).one();
    }

    private static Video load(Handle handle, VideoId id) {
        return byIds(handle, List.of(id)).get(id);
    }

    private static Map<VideoId, Video> byIds(Handle handle, Collection<VideoId> ids) {
        return Batches.byIds(handle, BY_IDS, "ids", ids, VideoId::value, JdbiVideoRepository::video, Video::id);
    }

    private static void writeAdditionalProducts(Handle handle, long video, List<ProductId> products) {
        if (!products.isEmpty()) {
            handle.createUpdate(ADD_ADDITIONAL_PRODUCTS)
                    .bind("id", video)
                    .bindArray("products", Long.class, products.stream().map(ProductId::value).toList())
                    .execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindDetails(S statement, VideoDetails details) {
        return statement
                .bind("title", details.title().value())
                .bind("description", details.description())
                .bindArray("tags", String.class, details.tags().values())
                .bind("category", details.category().value())
                .bind("product", details.product().value());
    }

    private static VideoId videoId(ResultSet rs, StatementContext ctx) throws SQLException {
        return new VideoId(rs.getLong("id"));
    }

    /** The video in a row with the {@link #COLUMNS}. */
    public static Video video(ResultSet rs, StatementContext ctx) throws SQLException {
        var type = ContentType.valueOf(rs.getString("content_type"));
        var file = rs.getString(type == ContentType.VIDEO ? "video_file" : "image_file");
        var additional = Arrays.stream(longs(rs.getArray("additional_product_ids"))).map(ProductId::new).toList();
        var details = new VideoDetails(new Title(rs.getString("title")), rs.getString("description"),
                new Tags(List.of((String[]) rs.getArray("tags").getArray())), new CategoryId(rs.getLong("category_id")),
                new ProductId(rs.getLong("product_id")), additional);
        var stats = new VideoStats(rs.getLong("views_count"), rs.getLong("likes_count"), rs.getLong("shares_count"),
                rs.getLong("saves_count"));
        return new Video(new VideoId(rs.getLong("id")), new UserId(rs.getLong("owner_id")),
                Media.of(type, new MediaRef(file)), Optional.ofNullable(rs.getString("thumbnail")).map(MediaRef::new),
                items(rs), details, stats, rs.getDouble("trend_score"), rs.getBoolean("is_active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** The carousel from the four parallel arrays the lateral join aggregates; none when there are no items. */
    private static List<CarouselItem> items(ResultSet rs) throws SQLException {
        var ids = longs(rs.getArray("item_ids"));
        if (ids.length == 0) {
            return List.of();
        }
        var files = (String[]) rs.getArray("item_files").getArray();
        var thumbnails = (String[]) rs.getArray("item_thumbnails").getArray();
        var orders = (Integer[]) rs.getArray("item_orders").getArray();
        var items = new ArrayList<CarouselItem>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            items.add(new CarouselItem(new ItemId(ids[i]), new MediaRef(files[i]),
                    Optional.ofNullable(thumbnails[i]).map(MediaRef::new), orders[i]));
        }
        return items;
    }

    private static Long[] longs(Array array) throws SQLException {
        return array == null ? new Long[0] : (Long[]) array.getArray();
    }
}
