package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

/** A video's title: 1..200 characters. */
public record Title(String value) {

    public static final int MAX_LENGTH = 200;

    public Title {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw Invalid.field("title", "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** Input policy: trims what a person typed. */
    public static Title fromUser(String raw) {
        return new Title(raw == null ? "" : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
