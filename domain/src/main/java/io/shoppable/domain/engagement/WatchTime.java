package io.shoppable.domain.engagement;

import io.shoppable.domain.shared.Invalid;

/** How long a video was watched in one go, in seconds: 0..86,400 (one day). */
public record WatchTime(double seconds) {

    public static final double MAX_SECONDS = 86_400;

    public WatchTime {
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            throw Invalid.field("dwell_time", "must be a number of seconds between 0 and 86400");
        }
    }
}
