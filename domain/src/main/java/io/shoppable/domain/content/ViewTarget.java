package io.shoppable.domain.content;

import io.shoppable.domain.user.UserId;

import java.util.Objects;

/**
 * The few facts about a video that counting a view or share needs: who owns it, whether everyone may see
 * it (the one visibility rule, decision D41) and its stored counters.
 *
 * @param video   the video
 * @param owner   who uploaded it; owners and admins may act on it while it is not visible
 * @param visible true when everyone may see it
 * @param views   its stored view count
 * @param shares  its stored share count
 */
public record ViewTarget(VideoId video, UserId owner, boolean visible, long views, long shares) {

    public ViewTarget {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(owner, "owner");
        if (views < 0 || shares < 0) {
            throw new IllegalArgumentException("stored counters are never negative");
        }
    }
}
