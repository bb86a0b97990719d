package io.shoppable.domain.social;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Set;

/**
 * Who follows whom. Following and unfollowing also move the followed user's creator
 * {@code follower_count} (when they have a profile) in the same transaction, so it always equals
 * the number of rows.
 */
public interface FollowRepository {

    /**
     * Follows if not yet following, else unfollows; returns true when the caller now follows.
     * Following yourself is {@code Invalid} on {@code following_id}; an unknown user is {@code NotFound}.
     */
    boolean toggle(UserId follower, UserId following, Instant at);

    boolean isFollowing(UserId follower, UserId following);

    /** The user's followers, newest follow first. */
    Page<Follow> followersOf(UserId user, PageRequest page);

    /** Whom the user follows, newest follow first. */
    Page<Follow> followingOf(UserId user, PageRequest page);

    /** Everyone the user follows, for the recommendation engine. */
    Set<UserId> allFollowedBy(UserId user);
}
