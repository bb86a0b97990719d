package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Viewer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * This node's views and shares that are acknowledged but not yet written: many increments of one hot
 * video become one {@code UPDATE} per flush instead of one contended row update per request.
 *
 * <p>A viewer (member id or session key) counts at most once per video and kind within
 * {@code dedupeWindow}; the window is per node. Acknowledged counts are lost only if the process dies
 * between two flushes: at most what this node acknowledged since its last successful flush. Thread-safe.
 */
public final class CounterBuffer {

    /** The default window in which a viewer's repeated view or share of a video counts once. */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofSeconds(30);

    private final Duration dedupeWindow;
    private final Map<Counted, Instant> lastCounted = new HashMap<>();
    private Map<VideoId, Long> views = new HashMap<>();
    private Map<VideoId, Long> shares = new HashMap<>();
    private Map<UserId, Long> creatorViews = new HashMap<>();
    private List<NewInteraction> events = new ArrayList<>();

    public CounterBuffer(Duration dedupeWindow) {
        if (dedupeWindow.isNegative()) {
            throw new IllegalArgumentException("the dedupe window must not be negative");
        }
        this.dedupeWindow = dedupeWindow;
    }

    /** Counts a view of the video (and of its owner's creator profile) unless this viewer's last one is recent. */
    public synchronized boolean view(Viewer viewer, Video video, Instant at) {
        if (!firstInWindow(new Counted(viewer.sessionKey(), video.id(), InteractionKind.VIEW), at)) {
            return false;
        }
        views.merge(video.id(), 1L, Long::sum);
        creatorViews.merge(video.owner(), 1L, Long::sum);
        events.add(event(viewer, video, InteractionKind.VIEW, at));
        return true;
    }

    /** Counts a share of the video unless this viewer's last one is recent. */
    public synchronized boolean share(Viewer viewer, Video video, Instant at) {
        if (!firstInWindow(new Counted(viewer.sessionKey(), video.id(), InteractionKind.SHARE), at)) {
            return false;
        }
        shares.merge(video.id(), 1L, Long::sum);
        events.add(event(viewer, video, InteractionKind.SHARE, at));
        return true;
    }

    /** Views of the video acknowledged here and not yet written. */
    public synchronized long pendingViews(VideoId video) {
        return views.getOrDefault(video, 0L);
    }

    /** Shares of the video acknowledged here and not yet written. */
    public synchronized long pendingShares(VideoId video) {
        return shares.getOrDefault(video, 0L);
    }

    /** Takes everything pending, leaving the buffer empty, and forgets dedupe entries older than the window. */
    public synchronized CounterBatch drain(Instant now) {
        var batch = new CounterBatch(views, shares, creatorViews, events);
        views = new HashMap<>();
        shares = new HashMap<>();
        creatorViews = new HashMap<>();
        events = new ArrayList<>();
        var cutoff = now.minus(dedupeWindow);
        for (Iterator<Instant> it = lastCounted.values().iterator(); it.hasNext(); ) {
            if (!it.next().isAfter(cutoff)) {
                it.remove();
            }
        }
        return batch;
    }

    /** Puts back a batch whose write failed, so the next flush tries it again. */
    public synchronized void restore(CounterBatch batch) {
        batch.views().forEach((video, count) -> views.merge(video, count, Long::sum));
        batch.shares().forEach((video, count) -> shares.merge(video, count, Long::sum));
        batch.creatorViews().forEach((owner, count) -> creatorViews.merge(owner, count, Long::sum));
        var merged = new ArrayList<>(batch.events());
        merged.addAll(events);
        events = merged;
    }

    private boolean firstInWindow(Counted key, Instant at) {
        var last = lastCounted.get(key);
        if (last != null && at.isBefore(last.plus(dedupeWindow))) {
            return false;
        }
        lastCounted.put(key, at);
        return true;
    }

    private static NewInteraction event(Viewer viewer, Video video, InteractionKind kind, Instant at) {
        return new NewInteraction(viewer.userId(), viewer.sessionKey(), video.id(), Optional.empty(), kind,
                Optional.empty(), ExtraData.empty(), at);
    }

    private record Counted(String viewerKey, VideoId video, InteractionKind kind) {
        Counted {
            Objects.requireNonNull(viewerKey, "viewerKey");
        }
    }
}
