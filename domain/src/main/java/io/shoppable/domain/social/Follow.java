package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** One user following another. Nobody follows themselves. */
public record Follow(UserId follower, UserId following, Instant createdAt) {

    public Follow {
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(following, "following");
        Objects.requireNonNull(createdAt, "createdAt");
        if (follower.equals(following)) {
            throw Invalid.field("following_id", "you cannot follow yourself");
        }
    }
}
