package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A posted comment. A reply's parent is always a comment on the same video. */
public record Comment(CommentId id, VideoId video, UserId author, Optional<CommentId> parent, CommentText text,
                      Instant createdAt) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
