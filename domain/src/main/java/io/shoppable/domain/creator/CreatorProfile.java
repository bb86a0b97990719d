package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's public face as a creator or seller. Counters are kept by the database in the same
 * transaction as the change they count (a follow, an upload, a view), so they are exact.
 */
public record CreatorProfile(CreatorId id, UserId user, CreatorDetails details, boolean verified,
                             long followerCount, long postsCount, long viewsCount, Instant createdAt) {

    public CreatorProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        if (followerCount < 0 || postsCount < 0 || viewsCount < 0) {
            throw Invalid.field("counters", "must not be negative");
        }
    }

    public Handle handle() {
        return details.handle();
    }
}
