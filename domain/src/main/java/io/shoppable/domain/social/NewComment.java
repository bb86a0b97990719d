package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/** A comment to post on a video, optionally as a reply to another comment on the same video. */
public record NewComment(VideoId video, UserId author, Optional<CommentId> parent, CommentText text) {

    public NewComment {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(text, "text");
    }
}
