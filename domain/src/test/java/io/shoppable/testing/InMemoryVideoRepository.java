package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.CarouselItem;
import io.shoppable.domain.content.ItemId;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link VideoRepository} over an {@link InMemoryStore}. The owner, category and products must exist, as
 * the database's foreign keys demand. Adding a carousel item to anything but a collection is
 * {@code Invalid} on {@code content_type}, because a {@link Video} of another type cannot hold items.
 */
public final class InMemoryVideoRepository implements VideoRepository {

    private static final Comparator<Video> NEWEST_FIRST = Comparator.comparing(Video::createdAt)
            .thenComparingLong((Video video) -> video.id().value()).reversed();

    private final InMemoryStore store;

    InMemoryVideoRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Video create(NewVideo video, Instant at) {
        synchronized (store) {
            if (!store.users.containsKey(video.owner())) {
                throw Invalid.field("owner", "unknown user " + video.owner());
            }
            requireReferences(video.details());
            var stored = new Video(new VideoId(store.nextId()), video.owner(), video.media(), video.thumbnail(),
                    List.of(), video.details(), VideoStats.zero(), 0, true, at);
            store.videos.put(stored.id(), stored);
            return stored;
        }
    }

    @Override
    public Optional<Video> findById(VideoId id) {
        synchronized (store) {
            return Optional.ofNullable(store.videos.get(id));
        }
    }

    @Override
    public Map<VideoId, Video> findAll(Collection<VideoId> ids) {
        synchronized (store) {
            var found = new LinkedHashMap<VideoId, Video>();
            ids.forEach(id -> findById(id).ifPresent(video -> found.put(id, video)));
            return found;
        }
    }

    @Override
    public Page<Video> listActive(Optional<CategoryId> category, PageRequest page) {
        synchronized (store) {
            var sorted = store.videos.values().stream()
                    .filter(store::isListable)
                    .filter(video -> category.map(video.details().category()::equals).orElse(true))
                    .sorted(NEWEST_FIRST)
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    @Override
    public Page<Video> listByOwner(UserId owner, boolean everything, PageRequest page) {
        synchronized (store) {
            var sorted = store.videos.values().stream()
                    .filter(video -> video.owner().equals(owner))
                    .filter(video -> everything || store.isListable(video))
                    .sorted(NEWEST_FIRST)
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    /** Nothing to do: the store's lock is held for the whole transaction already. */
    @Override
    public void lockForModeration(VideoId id) {
        synchronized (store) {
            store.requireVideo(id);
        }
    }

    @Override
    public void setHidden(VideoId id, boolean hidden) {
        synchronized (store) {
            store.requireVideo(id);
            if (hidden) {
                store.hiddenVideos.add(id);
            } else {
                store.hiddenVideos.remove(id);
            }
        }
    }

    @Override
    public Optional<Video> findVisible(VideoId id) {
        synchronized (store) {
            return Optional.ofNullable(store.videos.get(id)).filter(store::isListable);
        }
    }

    @Override
    public Optional<ViewTarget> findViewTarget(VideoId id) {
        synchronized (store) {
            return Optional.ofNullable(store.videos.get(id)).map(video -> new ViewTarget(video.id(), video.owner(),
                    store.isListable(video), video.stats().views(), video.stats().shares()));
        }
    }

    @Override
    public boolean isHidden(VideoId id) {
        synchronized (store) {
            return store.hiddenVideos.contains(id);
        }
    }

    @Override
    public Video updateDetails(VideoId id, VideoDetails details) {
        synchronized (store) {
            store.requireVideo(id);
            requireReferences(details);
            return change(id, video -> copy(video, video.items(), details, video.stats(), video.active()));
        }
    }

    @Override
    public void setActive(VideoId id, boolean active) {
        synchronized (store) {
            change(id, video -> copy(video, video.items(), video.details(), video.stats(), active));
        }
    }

    @Override
    public void delete(VideoId id) {
        synchronized (store) {
            store.requireVideo(id);
            store.videos.remove(id);
            store.likes.keySet().removeIf(key -> key.right().equals(id));
            store.saves.keySet().removeIf(key -> key.right().equals(id));
            store.interactions.values().removeIf(interaction -> interaction.event().video().equals(id));
            store.comments.values().removeIf(comment -> comment.video().equals(id));
            store.reports.values().removeIf(report -> report.video().equals(id));
            store.hiddenVideos.remove(id);
        }
    }

    @Override
    public CarouselItem addItem(VideoId id, NewCarouselItem item) {
        synchronized (store) {
            var video = store.requireVideo(id);
            if (!(video.media() instanceof Media.OfCollection)) {
                throw Invalid.field("content_type", "only a COLLECTION has carousel items");
            }
            var added = new CarouselItem(new ItemId(store.nextId()), item.file(), item.thumbnail(), item.order());
            var items = new ArrayList<>(video.items());
            items.add(added);
            change(id, current -> copy(current, items, current.details(), current.stats(), current.active()));
            return added;
        }
    }

    @Override
    public long incrementViews(VideoId id) {
        synchronized (store) {
            return addToStats(id, 1, 0, 0, 0).views();
        }
    }

    @Override
    public long incrementShares(VideoId id) {
        synchronized (store) {
            return addToStats(id, 0, 0, 1, 0).shares();
        }
    }

    /** Sets the recommendation engine's trend score; there is no port method for it yet. */
    public Video setTrendScore(VideoId id, double trendScore) {
        synchronized (store) {
            return change(id, video -> new Video(video.id(), video.owner(), video.media(), video.thumbnail(),
                    video.items(), video.details(), video.stats(), trendScore, video.active(), video.createdAt()));
        }
    }

    /** Moves the video's counters; the engagement fake uses it for likes and saves. */
    VideoStats addToStats(VideoId id, long views, long likes, long shares, long saves) {
        var stats = change(id, video -> {
            var old = video.stats();
            var moved = new VideoStats(old.views() + views, old.likes() + likes, old.shares() + shares,
                    old.saves() + saves);
            return copy(video, video.items(), video.details(), moved, video.active());
        }).stats();
        return stats;
    }

    private Video change(VideoId id, UnaryOperator<Video> update) {
        var changed = update.apply(store.requireVideo(id));
        store.videos.put(id, changed);
        return changed;
    }

    private static Video copy(Video video, List<CarouselItem> items, VideoDetails details, VideoStats stats,
                              boolean active) {
        return new Video(video.id(), video.owner(), video.media(), video.thumbnail(), items, details, stats,
                video.trendScore(), active, video.createdAt());
    }

    private void requireReferences(VideoDetails details) {
        if (!store.categories.containsKey(details.category())) {
            throw Invalid.field("category", "unknown category " + details.category());
        }
        if (!store.products.containsKey(details.product())) {
            throw Invalid.field("product_id", "unknown product " + details.product());
        }
        if (!store.products.keySet().containsAll(details.additionalProducts())) {
            throw Invalid.field("additional_product_ids", "contains an unknown product");
        }
    }
}
