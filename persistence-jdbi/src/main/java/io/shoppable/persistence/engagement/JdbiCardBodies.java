package io.shoppable.persistence.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.CardBodies;
import io.shoppable.domain.engagement.VideoCard;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.catalog.JdbiCategoryRepository;
import io.shoppable.persistence.content.JdbiVideoRepository;
import io.shoppable.persistence.creator.JdbiCreatorRepository;
import io.shoppable.persistence.product.JdbiProductCatalog;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Card bodies in one statement: each video with its carousel, category, products and creator profile, one row per
 * product slot (the primary product first, then the additional ones in display order).
 */
public final class JdbiCardBodies implements CardBodies {

    // videos_pkey; then by their keys video_items_video_id_sort_order_idx, video_additional_products_pkey, the
    // category's and each product's primary key and creator_profiles_user_id_key. Slot -1 is the primary product.
    private static final String CARDS = "SELECT\n" + JdbiVideoRepository.COLUMNS + """
                   , c.name AS category_name, c.icon AS category_icon, c.sort_order AS category_sort_order,
                   c.is_active AS category_is_active,
                   slot.position AS slot, p.id AS sold_id, p.seller_id AS sold_seller_id, p.name AS sold_name,
                   p.price AS sold_price, p.stock AS sold_stock, p.is_active AS sold_is_active,
                   p.category_id AS sold_category_id,
                   cp.id AS creator_id, cp.user_id AS creator_user_id, cp.handle AS creator_handle,
                   cp.display_name AS creator_display_name, cp.bio AS creator_bio, cp.avatar AS creator_avatar,
                   cp.is_verified AS creator_is_verified, cp.follower_count AS creator_follower_count,
                   cp.posts_count AS creator_posts_count, cp.views_count AS creator_views_count,
                   cp.created_at AS creator_created_at,
                   ARRAY(SELECT l.key FROM jsonb_each_text(cp.social_links) l ORDER BY l.key)
                       AS creator_link_networks,
                   ARRAY(SELECT l.value FROM jsonb_each_text(cp.social_links) l ORDER BY l.key) AS creator_link_urls,
                   ARRAY(SELECT cc.category_id FROM creator_video_categories cc WHERE cc.creator_id = cp.id)
                       AS creator_category_ids
            FROM videos v
            JOIN video_categories c ON c.id = v.category_id
            """ + JdbiVideoRepository.ITEMS + """
            CROSS JOIN LATERAL (
                SELECT -1 AS position, v.product_id
                UNION ALL
                SELECT a.position, a.product_id FROM video_additional_products a WHERE a.video_id = v.id
            ) slot
            LEFT JOIN products p ON p.id = slot.product_id
            LEFT JOIN creator_profiles cp ON cp.user_id = v.owner_id
            WHERE v.id = ANY(:ids)
            ORDER BY v.id, slot.position
            """;

    private final Jdbi jdbi;

    public JdbiCardBodies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<VideoId, VideoCard> of(Collection<VideoId> videos) {
        if (videos.isEmpty()) {
            return Map.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(CARDS)
                .bindArray("ids", Long.class, videos.stream().map(VideoId::value).toList())
                .scanResultSet((results, ctx) -> cards(results.get(), ctx)));
    }

    /** Folds the rows, ordered by video and slot, into one card per video. */
    private static Map<VideoId, VideoCard> cards(ResultSet rs, StatementContext ctx) throws SQLException {
        var slots = new HashMap<VideoId, Slots>();
        while (rs.next()) {
            var product = rs.getObject("sold_id") == null ? null : JdbiProductCatalog.product(rs, "sold_");
            if (rs.getInt("slot") < 0) {
                var video = JdbiVideoRepository.video(rs, ctx);
                var creator = rs.getObject("creator_id") == null ? null : JdbiCreatorRepository.profile(rs, "creator_");
                slots.put(video.id(), new Slots(new VideoCard(video, JdbiCategoryRepository.category(rs, "category_"),
                        Optional.ofNullable(product), List.of(), Optional.ofNullable(creator), false, false),
                        new ArrayList<>()));
            } else if (product != null) {
                slots.get(new VideoId(rs.getLong("id"))).additional().add(product);
            }
        }
        var cards = new HashMap<VideoId, VideoCard>();
        slots.forEach((id, video) -> cards.put(id, video.card()));
        return cards;
    }

    /** A video's card as its first row gives it, and the additional products its other rows add. */
    private record Slots(VideoCard first, List<ProductRef> additional) {

        VideoCard card() {
            return new VideoCard(first.video(), first.category(), first.product(), additional, first.creator(),
                    false, false);
        }
    }
}
