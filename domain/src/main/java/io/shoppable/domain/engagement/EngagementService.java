package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases on engagement: likes and saves, views and shares, and the behavioural events the
 * recommendation engine learns from. Every use case needs the video to be visible to the caller.
 */
public final class EngagementService {

    private final VideoService videoService;
    private final EngagementRepository engagement;
    private final CounterBuffer counters;
    private final CounterStore counterStore;
    private final Transactions tx;
    private final Clock clock;

    public EngagementService(VideoService videoService, EngagementRepository engagement, CounterBuffer counters,
                             CounterStore counterStore, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.engagement = engagement;
        this.counters = counters;
        this.counterStore = counterStore;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Likes the video if the member does not, else unlikes it, and says where that left things.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     */
    public LikeState toggleLike(Viewer.Member member, VideoId video) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            return engagement.toggleLike(member.id(), video, clock.instant());
        });
    }

    /**
     * Saves the video if the member has not, else unsaves it, and says where that left things.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     */
    public SaveState toggleSave(Viewer.Member member, VideoId video) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            return engagement.toggleSave(member.id(), video, clock.instant());
        });
    }

    /**
     * Counts one view of the video, and of its owner's creator profile, and logs a {@code VIEW} event,
     * unless this viewer's last counted view of it is less than the dedupe window old. The count is
     * buffered on this node and written by {@link #flushCounters()} (decision D47).
     *
     * @return the video's view count: the stored count plus this node's views not yet written
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long view(Viewer viewer, VideoId video) {
        var shown = videoService.requireVisible(viewer, video);
        counters.view(viewer, shown, clock.instant());
        return shown.stats().views() + counters.pendingViews(video);
    }

    /**
     * Counts one share of the video and logs a {@code SHARE} event, unless this viewer's last counted
     * share of it is less than the dedupe window old; buffered like {@link #view}.
     *
     * @return the video's share count: the stored count plus this node's shares not yet written
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long share(Viewer viewer, VideoId video) {
        var shown = videoService.requireVisible(viewer, video);
        counters.share(viewer, shown, clock.instant());
        return shown.stats().shares() + counters.pendingShares(video);
    }

    /**
     * Writes the views and shares buffered on this node in one transaction. When the write fails they
     * stay buffered for the next flush and the error is rethrown.
     *
     * @return how many views and shares were written
     */
    public long flushCounters() {
        var batch = counters.drain(clock.instant());
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            tx.run(() -> counterStore.apply(batch));
        } catch (RuntimeException e) {
            counters.restore(batch);
            throw e;
        }
        return batch.counted();
    }

    /**
     * Logs an event a client reports about the video, such as how long it was watched.
     *
     * @throws Invalid  on {@code event_type} when clients may not send this kind, and on {@code dwell_time}
     *                  when a {@code watch_time} event lacks a watch time or another kind carries one
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public Interaction track(Viewer viewer, VideoId video, InteractionKind kind, Optional<WatchTime> watchTime,
                             ExtraData extra) {
        if (!kind.isClientTrackable()) {
            throw Invalid.field("event_type", kind.wireName() + " is logged by the service, not sent by clients");
        }
        return tx.inTransaction(() -> {
            var shown = videoService.requireVisible(viewer, video);
            return log(viewer, shown, kind, watchTime, extra);
        });
    }

    /** The videos among {@code videos} that the viewer likes; none for anonymous viewers. */
    public Set<VideoId> likedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.likedAmong(user, videoIds)).orElse(Set.of());
    }

    /** The videos among {@code videos} that the viewer has saved; none for anonymous viewers. */
    public Set<VideoId> savedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.savedAmong(user, videoIds)).orElse(Set.of());
    }

    private Interaction log(Viewer viewer, Video video, InteractionKind kind, Optional<WatchTime> watchTime,
                            ExtraData extra) {
        return engagement.record(new NewInteraction(viewer.userId(), viewer.sessionKey(), video.id(),
                Optional.empty(), kind, watchTime, extra, clock.instant()));
    }
}
