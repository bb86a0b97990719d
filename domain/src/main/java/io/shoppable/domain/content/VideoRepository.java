package io.shoppable.domain.content;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Shoppable videos with their carousel items and additional products. Counters move only through
 * the increment methods here and the engagement repository, each as one atomic statement.
 */
public interface VideoRepository {

    /**
     * Stores a new, active video with zero counters. An unknown owner, category or product is
     * {@code Invalid} naming the field.
     */
    Video create(NewVideo video, Instant at);

    /** The video, active or not, with its items; empty when unknown. */
    Optional<Video> findById(VideoId id);

    /** The videos among {@code ids}, active or not, with their items, in a constant number of queries. */
    Map<VideoId, Video> findAll(Collection<VideoId> ids);

    /** Active videos in active categories that moderation does not hide, newest first, optionally in one category. */
    Page<Video> listActive(Optional<CategoryId> category, PageRequest page);

    /**
     * The owner's videos, newest first: with {@code everything} all of them, taken down or hidden too (for the
     * owner and admins); otherwise only those {@link #listActive} would list.
     */
    Page<Video> listByOwner(UserId owner, boolean everything, PageRequest page);

    /**
     * Holds the video's row until the transaction ends, so that moderation decisions on one video are taken
     * one at a time and each sees the reports filed before it; {@code NotFound} when unknown.
     */
    void lockForModeration(VideoId id);

    /** Hides the video from everyone but its owner and admins, or shows it again; {@code NotFound} when unknown. */
    void setHidden(VideoId id, boolean hidden);

    /**
     * The video when everyone may see it: active, in an active category, not hidden by moderation, and its
     * primary product active and in stock (decision D41); in one read. Empty when unknown or not visible
     * to everyone.
     */
    Optional<Video> findVisible(VideoId id);

    /**
     * What a view or share needs to know about the video, visible or not, in one small read;
     * empty when unknown.
     */
    Optional<ViewTarget> findViewTarget(VideoId id);

    /** True while moderation hides the video; false for an unknown one. */
    boolean isHidden(VideoId id);

    /** Replaces the owner-editable details; {@code NotFound} when unknown. */
    Video updateDetails(VideoId id, VideoDetails details);

    /** Takes a video down or puts it back up; {@code NotFound} when unknown. */
    void setActive(VideoId id, boolean active);

    /** Deletes a video and everything hanging off it; {@code NotFound} when unknown. */
    void delete(VideoId id);

    /** Appends an item to a collection's carousel; {@code NotFound} when the video is unknown. */
    CarouselItem addItem(VideoId id, NewCarouselItem item);

    /** Adds one view and returns the new count; {@code NotFound} when unknown. */
    long incrementViews(VideoId id);

    /** Adds one share and returns the new count; {@code NotFound} when unknown. */
    long incrementShares(VideoId id);
}
