package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.user.Viewer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This node's views and shares that are acknowledged but not yet written: many increments of one hot
 * video become one write per flush instead of one contended row update per request.
 *
 * <p>A viewer (member id or session key) counts at most once per video and kind in {@code window} (decision
 * D65): this buffer drops a repeat less than {@code window} after the last one it counted, and each event
 * claims the fixed window (of the same length, since the epoch) its instant falls in, so that the store
 * drops one whose window another node already counted. Acknowledged counts are lost only
 * if the process dies between two flushes: at most what this node acknowledged since its last
 * successful flush. Thread-safe.
 */
public final class CounterBuffer {

    /** The default window in which a viewer's repeated view or share of a video counts once. */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofSeconds(30);

    private final Duration window;
    private final Map<Repeat, Instant> lastCounted = new HashMap<>();
    private Map<VideoId, Long> views = new HashMap<>();
    private Map<VideoId, Long> shares = new HashMap<>();
    private List<CountedEvent> events = new ArrayList<>();

    public CounterBuffer(Duration window) {
        if (window.toSeconds() < 1 || window.toNanosPart() != 0) {
            throw new IllegalArgumentException("the counting window is a whole number of seconds, at least one");
        }
        this.window = window;
    }

    /** Counts a view of the video (and of its owner's creator profile) unless this viewer's last one is recent. */
    public synchronized boolean view(Viewer viewer, ViewTarget video, Instant at) {
        return count(viewer, video.video(), InteractionKind.VIEW, at, views);
    }

    /** Counts a share of the video unless this viewer's last one is recent. */
    public synchronized boolean share(Viewer viewer, ViewTarget video, Instant at) {
        return count(viewer, video.video(), InteractionKind.SHARE, at, shares);
    }

    /** Views of the video acknowledged here and not yet written. */
    public synchronized long pendingViews(VideoId video) {
        return views.getOrDefault(video, 0L);
    }

    /** Shares of the video acknowledged here and not yet written. */
    public synchronized long pendingShares(VideoId video) {
        return shares.getOrDefault(video, 0L);
    }

    /** {@code stats} of the video with the views and shares acknowledged here and not yet written added. */
    public synchronized VideoStats withPending(VideoId video, VideoStats stats) {
        long pendingViews = views.getOrDefault(video, 0L);
        long pendingShares = shares.getOrDefault(video, 0L);
        if (pendingViews == 0 && pendingShares == 0) {
            return stats;
        }
        return new VideoStats(stats.views() + pendingViews, stats.likes(), stats.shares() + pendingShares,
                stats.saves());
    }

    /** Takes everything pending, leaving the buffer empty, and forgets counts older than the window. */
    public synchronized CounterBatch drain(Instant now) {
        var batch = new CounterBatch(events);
        views = new HashMap<>();
        shares = new HashMap<>();
        events = new ArrayList<>();
        var cutoff = now.minus(window);
        lastCounted.values().removeIf(last -> !last.isAfter(cutoff));
        return batch;
    }

    /** Puts back a batch whose write failed, so the next flush tries it again. */
    public synchronized void restore(CounterBatch batch) {
        for (var counted : batch.events()) {
            (counted.event().kind() == InteractionKind.VIEW ? views : shares)
                    .merge(counted.event().video(), 1L, Long::sum);
        }
        var merged = new ArrayList<>(batch.events());
        merged.addAll(events);
        events = merged;
    }

    private boolean count(Viewer viewer, VideoId video, InteractionKind kind, Instant at, Map<VideoId, Long> pending) {
        var repeat = new Repeat(viewer.sessionKey(), video, kind);
        var last = lastCounted.get(repeat);
        if (last != null && at.isBefore(last.plus(window))) {
            return false;
        }
        lastCounted.put(repeat, at);
        pending.merge(video, 1L, Long::sum);
        var event = new NewInteraction(viewer.userId(), viewer.sessionKey(), video, Optional.empty(), kind,
                Optional.empty(), ExtraData.empty(), at);
        events.add(new CountedEvent(event, Math.floorDiv(at.getEpochSecond(), window.toSeconds())));
        return true;
    }

    private record Repeat(String viewerKey, VideoId video, InteractionKind kind) {
    }
}
