package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

    /** Sets or clears the verified badge; {@code NotFound} if there is no such profile. */
    CreatorProfile setVerified(CreatorId id, boolean verified);

    /**
     * The creators matching {@code search}, by follower count (most first), then id, each with its user's
     * username (read with the page: a search is one read).
     */
    Page<CreatorCard> search(CreatorSearch search, PageRequest page);

    /** The profiles of the users {@code follower} follows, newest follow first; followed users without one are skipped. */
    Page<CreatorProfile> followedBy(UserId follower, PageRequest page);

    /**
     * Ranking inputs for a bounded set of candidates: up to {@code candidates} of the most followed, up to as
     * many of those followed most since {@code since}, and up to as many of those whose videos posted since
     * then are liked most. Each list is read through an index, so the cost does not grow with the number of
     * creators. "Recent" likes and follows are those on videos created, and follows started, at or after
     * {@code since}; only active videos that moderation does not hide count.
     */
    List<CreatorStats> trendingStats(Instant since, int candidates);
}
