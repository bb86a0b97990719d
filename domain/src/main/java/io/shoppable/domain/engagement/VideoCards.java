package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.user.Viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns videos a caller has already loaded into {@link VideoCard}s for one viewer with two batch reads, whatever
 * the number of videos: what the cards show besides the videos ({@link CardBodies}) and the viewer's likes with
 * saves. Feeds and related lists use {@link CardCache} instead, which starts from ids.
 */
public final class VideoCards {

    private final CardBodies bodies;
    private final EngagementRepository engagement;
    private final CounterBuffer counters;

    public VideoCards(CardBodies bodies, EngagementRepository engagement, CounterBuffer counters) {
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.engagement = Objects.requireNonNull(engagement, "engagement");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Cards for {@code videos}, in the same order; a video deleted since it was loaded drops out. */
    public List<VideoCard> of(Viewer viewer, List<Video> videos) {
        if (videos.isEmpty()) {
            return List.of();
        }
        var ids = videos.stream().map(Video::id).toList();
        var marks = viewer.userId().map(user -> engagement.marksAmong(user, ids))
                .orElse(EngagementRepository.Marks.none());
        var bodyById = bodies.of(ids);
        var cards = new ArrayList<VideoCard>(videos.size());
        for (var video : videos) {
            var body = bodyById.get(video.id());
            if (body != null) {
                cards.add(new VideoCard(withPendingCounts(video), body.category(), body.product(),
                        body.additionalProducts(), body.creator(), marks.liked().contains(video.id()),
                        marks.saved().contains(video.id())));
            }
        }
        return cards;
    }

    /** The card of one video for the viewer. */
    public VideoCard of(Viewer viewer, Video video) {
        var cards = of(viewer, List.of(video));
        if (cards.isEmpty()) {
            throw NotFound.of("Video", video.id());
        }
        return cards.get(0);
    }

    /** Views and shares this node has acknowledged but not yet written count as they do in the view answer. */
    private Video withPendingCounts(Video video) {
        return video.withStats(counters.withPending(video.id(), video.stats()));
    }
}
