package io.shoppable.recommendation.trends;

import io.shoppable.domain.content.VideoId;

import java.time.Instant;
import java.util.Objects;

/** How many events of one kind a video had in the hour starting at {@code hour}. */
public record EngagementCount(VideoId video, TrendEvent kind, Instant hour, long count) {

    public EngagementCount {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hour, "hour");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }
}
