package io.shoppable.recommendation.signals;

import java.time.Instant;
import java.util.Objects;

/** "Not interested" feedback: the dismissed video (its creator and category are muted too) and when. */
public record Dismissal(VideoFacts video, Instant at) {

    public Dismissal {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(at, "at");
    }
}
