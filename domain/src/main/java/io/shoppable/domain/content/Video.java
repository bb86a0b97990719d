package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored piece of shoppable content: a video, an image or a carousel collection.
 *
 * @param items      the carousel, sorted by order then id; empty unless the media is a collection
 * @param trendScore current popularity, 0 or more, computed by the recommendation engine
 * @param active     false when its owner or an admin has taken it down
 */
public record Video(VideoId id, UserId owner, Media media, Optional<MediaRef> thumbnail, List<CarouselItem> items,
                    VideoDetails details, VideoStats stats, double trendScore, boolean active, Instant createdAt) {

    public Video {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(createdAt, "createdAt");
        items = items.stream()
                .sorted(Comparator.comparingInt(CarouselItem::order).thenComparingLong(item -> item.id().value()))
                .toList();
        if (!items.isEmpty() && !(media instanceof Media.OfCollection)) {
            throw Invalid.field("items", "only a COLLECTION has carousel items");
        }
        if (!(trendScore >= 0) || Double.isInfinite(trendScore)) {
            throw Invalid.field("trend_score", "must be a finite number, 0 or more");
        }
    }

    public ContentType contentType() {
        return media.type();
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    /** The same video with other counters, as when counts not yet stored are added for display. */
    public Video withStats(VideoStats newStats) {
        return new Video(id, owner, media, thumbnail, items, details, newStats, trendScore, active, createdAt);
    }
}
