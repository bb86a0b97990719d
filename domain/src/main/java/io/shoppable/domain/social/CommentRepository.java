package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Comments on videos, threaded one level or more through their parent. */
public interface CommentRepository {

    /**
     * Stores a comment. A parent that is not a comment on the same video is {@code Invalid} on
     * {@code parent}; an unknown video is {@code NotFound}.
     */
    Comment add(NewComment comment, Instant at);

    Optional<Comment> findById(CommentId id);

    /** Top-level comments on a video, newest first. */
    Page<Comment> topLevel(VideoId video, PageRequest page);

    /** All direct and indirect replies to the given comments, oldest first, in one query. */
    List<Comment> repliesTo(Collection<CommentId> parents);

    /** Replaces a comment's text; {@code NotFound} when unknown. */
    Comment updateText(CommentId id, CommentText text);

    /** Deletes a comment and its replies; {@code NotFound} when unknown. */
    void delete(CommentId id);
}
