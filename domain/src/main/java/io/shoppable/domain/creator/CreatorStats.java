package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Invalid;

import java.util.Objects;

/**
 * What trending creators are ranked on, read for one time window.
 *
 * @param followers   followers now
 * @param views       views of all the creator's videos (the profile's view count)
 * @param recentLikes likes on the creator's videos created inside the window
 * @param newFollows  follows of the creator that started inside the window and still hold
 */
public record CreatorStats(CreatorId creator, long followers, long views, long recentLikes, long newFollows,
                           boolean verified) {

    public CreatorStats {
        Objects.requireNonNull(creator, "creator");
        if (followers < 0 || views < 0 || recentLikes < 0 || newFollows < 0) {
            throw Invalid.field("stats", "must not be negative");
        }
    }
}
