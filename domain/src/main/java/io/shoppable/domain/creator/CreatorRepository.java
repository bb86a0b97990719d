package io.shoppable.domain.creator;

import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Creator profiles, at most one per user. Counters change only through the methods here and the
 * follow repository, each as one atomic statement.
 */
public interface CreatorRepository {

    /**
     * Stores a new, unverified profile with zero counters. A taken handle is
     * {@code Conflict("handle_taken")}; a second profile for one user is {@code Conflict("creator_exists")}.
     * Either leaves the caller's transaction usable, so a caller that lost a race can read what won it.
     */
    CreatorProfile create(UserId user, CreatorDetails details, Instant at);

    /** Replaces the owner-editable fields; {@code NotFound} if there is no such profile. */
    CreatorProfile update(CreatorId id, CreatorDetails details);

    /** True when some profile already uses {@code handle}. */
    boolean isHandleTaken(Handle handle);

    Optional<CreatorProfile> findById(CreatorId id);

    Optional<CreatorProfile> findByUser(UserId user);

    /** The profiles among {@code ids}; unknown ids are absent. */
    Map<CreatorId, CreatorProfile> findAll(Collection<CreatorId> ids);

    /** The profiles of the users among {@code users} who have one. */
    Map<UserId, CreatorProfile> findByUsers(Collection<UserId> users);

    /** Adds {@code delta} (may be negative) to the profile's post count and returns the new count. */
    long addPosts(CreatorId id, int delta);

    /** Adds {@code delta} views to the profile's view count and returns the new count. */
    long addViews(CreatorId id, long delta);
}
