package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

/** A comment's id. */
public record CommentId(long value) {

    public CommentId {
        if (value <= 0) {
            throw Invalid.field("comment", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
