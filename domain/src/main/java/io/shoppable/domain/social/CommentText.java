package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

/** What a comment says: 1..2,000 characters, never blank. */
public record CommentText(String value) {

    public static final int MAX_LENGTH = 2_000;

    public CommentText {
        if (value == null || value.isBlank()) {
            throw Invalid.field("text", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw Invalid.field("text", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /** Input policy: trims what a person typed. */
    public static CommentText fromUser(String raw) {
        return new CommentText(raw == null ? "" : raw.strip());
    }
}
