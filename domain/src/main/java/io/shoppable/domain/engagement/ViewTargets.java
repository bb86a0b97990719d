package io.shoppable.domain.engagement;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.content.CarouselItem;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's short-lived memory of what views and shares need to know about a video
 * ({@link ViewTarget}), so that they cost no SQL on the request thread (decision D66). An entry is read
 * once per video and {@code ttl}; concurrent misses of one video wait for one read. Writes made on this
 * node through {@link #watching(VideoRepository)} and {@link #watching(CategoryRepository)} forget what
 * they may change (a view racing such a write's commit may keep the old facts up to {@code ttl}); a change
 * made elsewhere (another node, the host's product catalog, plain SQL) shows here within {@code ttl}. A
 * flush forgets the videos it wrote, so answers include the new stored counts. Unknown videos are never
 * remembered. Thread-safe.
 */
public final class ViewTargets {

    /** How long another node's change to a video's visibility may stay unseen by this node's views. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);

    private final VideoRepository videos;
    private final Duration ttl;
    private final Clock clock;
    private final Map<VideoId, Cached> byId = new ConcurrentHashMap<>();

    public ViewTargets(VideoRepository videos, Duration ttl, Clock clock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the time to live must not be negative");
        }
        this.videos = videos;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The video as a view of {@code viewer} sees it.
     *
     * @throws NotFound when the video is unknown, or not visible and the viewer neither owns it nor is an admin
     */
    public ViewTarget require(Viewer viewer, VideoId id) {
        var now = clock.instant();
        var cached = byId.get(id);
        if (cached == null || cached.expiredAt(now)) {
            cached = byId.compute(id, (key, old) -> old != null && !old.expiredAt(now) ? old
                    : videos.findViewTarget(key).map(target -> new Cached(target, now.plus(ttl))).orElse(null));
        }
        if (cached == null) {
            throw NotFound.of("Video", id);
        }
        var target = cached.target();
        if (!target.visible() && !viewer.isAdmin() && !viewer.userId().map(target.owner()::equals).orElse(false)) {
            throw NotFound.of("Video", id);
        }
        return target;
    }

    /** Forgets the video, so the next view reads it again. */
    public void forget(VideoId id) {
        byId.remove(id);
    }

    /** Forgets every video whose entry has expired, bounding memory by the videos viewed within {@code ttl}. */
    public void forgetExpired() {
        var now = clock.instant();
        byId.values().removeIf(cached -> cached.expiredAt(now));
    }

    /** The repository, forgetting a video whenever a write through it may change what views see of it. */
    public VideoRepository watching(VideoRepository repository) {
        return new WatchedVideos(repository);
    }

    /** The repository, forgetting every video whenever a category changes (its activity decides visibility). */
    public CategoryRepository watching(CategoryRepository repository) {
        return new WatchedCategories(repository);
    }

    private record Cached(ViewTarget target, Instant expires) {

        boolean expiredAt(Instant now) {
            return !now.isBefore(expires);
        }
    }

    private final class WatchedVideos implements VideoRepository {

        private final VideoRepository stored;

        WatchedVideos(VideoRepository stored) {
            this.stored = stored;
        }

        @Override
        public Video create(NewVideo video, Instant at) {
            return stored.create(video, at);
        }

        @Override
        public Optional<Video> findById(VideoId id) {
            return stored.findById(id);
        }

        @Override
        public Map<VideoId, Video> findAll(Collection<VideoId> ids) {
            return stored.findAll(ids);
        }

        @Override
        public Page<Video> listActive(Optional<CategoryId> category, PageRequest page) {
            return stored.listActive(category, page);
        }

        @Override
        public Page<Video> listByOwner(UserId owner, boolean everything, PageRequest page) {
            return stored.listByOwner(owner, everything, page);
        }

        @Override
        public void lockForModeration(VideoId id) {
            stored.lockForModeration(id);
        }

        @Override
        public void setHidden(VideoId id, boolean hidden) {
            stored.setHidden(id, hidden);
            forget(id);
        }

        @Override
        public Optional<Video> findVisible(VideoId id) {
            return stored.findVisible(id);
        }

        @Override
        public Optional<ViewTarget> findViewTarget(VideoId id) {
            return stored.findViewTarget(id);
        }

        @Override
        public boolean isHidden(VideoId id) {
            return stored.isHidden(id);
        }

        @Override
        public Video updateDetails(VideoId id, VideoDetails details) {
            var updated = stored.updateDetails(id, details);
            forget(id);
            return updated;
        }

        @Override
        public void setActive(VideoId id, boolean active) {
            stored.setActive(id, active);
            forget(id);
        }

        @Override
        public void delete(VideoId id) {
            stored.delete(id);
            forget(id);
        }

        @Override
        public CarouselItem addItem(VideoId id, NewCarouselItem item) {
            return stored.addItem(id, item);
        }

        @Override
        public long incrementViews(VideoId id) {
            return stored.incrementViews(id);
        }

        @Override
        public long incrementShares(VideoId id) {
            return stored.incrementShares(id);
        }
    }

    private final class WatchedCategories implements CategoryRepository {

        private final CategoryRepository stored;

        WatchedCategories(CategoryRepository stored) {
            this.stored = stored;
        }

        @Override
        public VideoCategory create(CategoryDraft draft) {
            return stored.create(draft);
        }

        @Override
        public VideoCategory update(CategoryId id, CategoryDraft draft) {
            var updated = stored.update(id, draft);
            byId.clear();
            return updated;
        }

        @Override
        public Upserted upsertByName(CategoryDraft draft) {
            var upserted = stored.upsertByName(draft);
            byId.clear();
            return upserted;
        }

        @Override
        public void delete(CategoryId id) {
            stored.delete(id);
            byId.clear();
        }

        @Override
        public Optional<VideoCategory> findById(CategoryId id) {
            return stored.findById(id);
        }

        @Override
        public Map<CategoryId, VideoCategory> findAll(Collection<CategoryId> ids) {
            return stored.findAll(ids);
        }

        @Override
        public Page<VideoCategory> listActive(PageRequest page) {
            return stored.listActive(page);
        }
    }
}
