package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.engagement.Interaction;
import io.shoppable.domain.engagement.InteractionId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.social.Report;
import io.shoppable.domain.social.ReportId;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables behind the in-memory fakes. Every fake of one {@link InMemoryPorts} set shares one store, so
 * they see each other's rows and check the same references the database's foreign keys do. All access
 * is synchronized on the store; {@link InMemoryTransactions} holds that lock for a whole unit of work.
 */
final class InMemoryStore {

    /** A pair of ids, the key of a join table such as likes or follows. */
    record Pair<A, B>(A left, B right) {
    }

    final Map<UserId, User> users = new LinkedHashMap<>();
    final Map<CategoryId, VideoCategory> categories = new LinkedHashMap<>();
    final Map<CreatorId, CreatorProfile> creators = new LinkedHashMap<>();
    final Map<ProductId, ProductRef> products = new LinkedHashMap<>();
    final Map<VideoId, Video> videos = new LinkedHashMap<>();
    final Map<Pair<UserId, VideoId>, Instant> likes = new LinkedHashMap<>();
    final Map<Pair<UserId, VideoId>, Instant> saves = new LinkedHashMap<>();
    final Map<InteractionId, Interaction> interactions = new LinkedHashMap<>();
    final Map<CartId, Cart> carts = new LinkedHashMap<>();
    final Set<CartId> closedCarts = new LinkedHashSet<>();
    final Set<VideoId> hiddenVideos = new LinkedHashSet<>();
    final Map<CommentId, Comment> comments = new LinkedHashMap<>();
    final Map<ReportId, Report> reports = new LinkedHashMap<>();
    final Map<Pair<UserId, UserId>, Follow> follows = new LinkedHashMap<>();

    /** Like database sequences, ids are never reused, not even after a rollback. */
    private long nextId = 1;

    long nextId() {
        return nextId++;
    }

    VideoCategory requireCategory(CategoryId id) {
        var category = categories.get(id);
        if (category == null) {
            throw NotFound.of("Category", id);
        }
        return category;
    }

    Video requireVideo(VideoId id) {
        var video = videos.get(id);
        if (video == null) {
            throw NotFound.of("Video", id);
        }
        return video;
    }

    CreatorProfile requireCreator(CreatorId id) {
        var creator = creators.get(id);
        if (creator == null) {
            throw NotFound.of("Creator", id);
        }
        return creator;
    }

    /** What the feed may list: active, in an active category, not hidden by moderation. */
    /** The one visibility rule (decision D41), as the database applies it. */
    boolean isListable(Video video) {
        var product = products.get(video.details().product());
        return video.active() && categories.get(video.details().category()).active()
                && !hiddenVideos.contains(video.id()) && product != null && product.active() && product.stock() > 0;
    }

    /** The slice of an already sorted list that {@code request} asks for. */
    static <T> Page<T> page(List<T> sorted, PageRequest request) {
        int from = (int) Math.min(sorted.size(), request.offset());
        int to = Math.min(sorted.size(), from + request.limit());
        return new Page<>(new ArrayList<>(sorted.subList(from, to)), sorted.size(), request);
    }

    /** A copy of every table, to put back when a transaction fails. */
    Snapshot snapshot() {
        return new Snapshot(List.of(copy(users), copy(categories), copy(creators), copy(products), copy(videos),
                copy(likes), copy(saves), copy(interactions), copy(carts), copy(comments), copy(reports),
                copy(follows)), new LinkedHashSet<>(closedCarts), new LinkedHashSet<>(hiddenVideos));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void restore(Snapshot snapshot) {
        List<Map> tables = List.of(users, categories, creators, products, videos, likes, saves, interactions, carts,
                comments, reports, follows);
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).clear();
            tables.get(i).putAll(snapshot.tables().get(i));
        }
        closedCarts.clear();
        closedCarts.addAll(snapshot.closedCarts());
        hiddenVideos.clear();
        hiddenVideos.addAll(snapshot.hiddenVideos());
    }

    private static <K, V> Map<K, V> copy(Map<K, V> table) {
        return new LinkedHashMap<>(table);
    }

    /** The state of every table at one moment; the rows are immutable records, so a shallow copy suffices. */
    record Snapshot(List<Map<?, ?>> tables, Set<CartId> closedCarts, Set<VideoId> hiddenVideos) {
    }
}
