package io.shoppable.recommendation.signals;

import io.shoppable.domain.content.VideoId;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the viewer did to a video at a moment.
 *
 * @param seconds the watch time for {@link SignalKind#WATCH_TIME}, 0 for every other kind
 */
public record SignalEvent(SignalKind kind, VideoId video, Instant at, double seconds) {

    public SignalEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(at, "at");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and not negative");
        }
    }

    public static SignalEvent of(SignalKind kind, VideoId video, Instant at) {
        return new SignalEvent(kind, video, at, 0);
    }

    public static SignalEvent watched(VideoId video, Instant at, double seconds) {
        return new SignalEvent(SignalKind.WATCH_TIME, video, at, seconds);
    }
}
