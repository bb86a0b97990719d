package io.shoppable.recommendation.signals;

import java.util.Objects;

/** A video and how many distinct people engaged with it after (or before) engaging with a target. */
public record CoEngagement(VideoFacts video, long people) {

    public CoEngagement {
        Objects.requireNonNull(video, "video");
        if (people < 1) {
            throw new IllegalArgumentException("people must be positive");
        }
    }
}
