package io.shoppable.domain.engagement;

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
    private final ViewTargets targets;
    private final CounterBuffer counters;
    private final CounterStore counterStore;
    private final Transactions tx;
    private final Clock clock;

    public EngagementService(VideoService videoService, EngagementRepository engagement, ViewTargets targets,
                             CounterBuffer counters, CounterStore counterStore, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.engagement = engagement;
        this.targets = targets;
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
     * unless this viewer already has one in the current counting window (decision D65). The count is
     * buffered on this node and written by {@link #flushCounters()} (decision D47); the video's facts come
     * from this node's short-lived memory (decision D66), so a view sends no SQL.
     *
     * @return the video's view count: the stored count plus this node's views not yet written
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long view(Viewer viewer, VideoId video) {
        var target = targets.require(viewer, video);
        counters.view(viewer, target, clock.instant());
        return target.views() + counters.pendingViews(video);
    }

    /**
     * Counts one share of the video and logs a {@code SHARE} event, unless this viewer already has one in
     * the current counting window; buffered like {@link #view}.
     *
     * @return the video's share count: the stored count plus this node's shares not yet written
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long share(Viewer viewer, VideoId video) {
        var target = targets.require(viewer, video);
        counters.share(viewer, target, clock.instant());
        return target.shares() + counters.pendingShares(video);
    }

    /**
     * Writes the views and shares buffered on this node in one transaction; those whose viewer already
     * has one stored in the same window (counted by another node) are dropped. When the write fails they
     * stay buffered for the next flush and the error is rethrown.
     *
     * @return how many views and shares were counted
     */
    public long flushCounters() {
        var batch = counters.drain(clock.instant());
        targets.forgetExpired();
        if (batch.isEmpty()) {
            return 0;
        }
        long counted;
        try {
            counted = tx.inTransaction(() -> counterStore.apply(batch));
        } catch (RuntimeException e) {
            counters.restore(batch);
            throw e;
        }
        // the next answer reads the stored counts this flush moved
        batch.events().stream().map(event -> event.event().video()).distinct().forEach(targets::forget);
        return counted;
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
        // one statement that checks visibility as it appends (decision D67)
        var event = new NewInteraction(viewer.userId(), viewer.sessionKey(), video, Optional.empty(), kind, watchTime,
                extra, clock.instant());
        return engagement.recordIfVisible(event, viewer.isAdmin()).orElseThrow(() -> NotFound.of("Video", video));
    }

    /** The videos among {@code videos} that the viewer likes; none for anonymous viewers. */
    public Set<VideoId> likedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.likedAmong(user, videoIds)).orElse(Set.of());
    }

    /** The videos among {@code videos} that the viewer has saved; none for anonymous viewers. */
    public Set<VideoId> savedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.savedAmong(user, videoIds)).orElse(Set.of());
    }
}
