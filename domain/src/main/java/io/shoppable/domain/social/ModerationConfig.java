package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

/**
 * How moderation reacts to reports.
 *
 * @param hideThreshold how many distinct users with open (pending or reviewed) reports hide a video from
 *                      everyone but its owner and admins; {@value #DEFAULT_HIDE_THRESHOLD} by default
 */
public record ModerationConfig(int hideThreshold) {

    public static final int DEFAULT_HIDE_THRESHOLD = 3;

    public ModerationConfig {
        if (hideThreshold < 1) {
            throw Invalid.field("hide_threshold", "must be at least 1");
        }
    }

    public static ModerationConfig defaults() {
        return new ModerationConfig(DEFAULT_HIDE_THRESHOLD);
    }
}
