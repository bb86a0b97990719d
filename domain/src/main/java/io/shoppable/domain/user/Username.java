package io.shoppable.domain.user;

import io.shoppable.domain.shared.Invalid;

/** The login name the marketplace knows a user by: 1..150 characters, no control characters. */
public record Username(String value) {

    public static final int MAX_LENGTH = 150;

    public Username {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw Invalid.field("username", "must be 1 to " + MAX_LENGTH + " printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
