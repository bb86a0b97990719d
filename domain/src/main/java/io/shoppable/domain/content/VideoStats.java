package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

/** A video's engagement counters. Never negative. */
public record VideoStats(long views, long likes, long shares, long saves) {

    public VideoStats {
        if (views < 0 || likes < 0 || shares < 0 || saves < 0) {
            throw Invalid.field("counters", "must not be negative");
        }
    }

    public static VideoStats zero() {
        return new VideoStats(0, 0, 0, 0);
    }
}
