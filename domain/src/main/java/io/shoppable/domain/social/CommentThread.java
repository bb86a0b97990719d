package io.shoppable.domain.social;

import java.util.List;
import java.util.Objects;

/** A top-level comment with all its direct and indirect replies, oldest reply first. */
public record CommentThread(Comment comment, List<Comment> replies) {

    public CommentThread {
        Objects.requireNonNull(comment, "comment");
        replies = List.copyOf(replies);
    }
}
