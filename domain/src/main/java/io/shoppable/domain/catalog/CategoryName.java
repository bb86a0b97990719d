package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Invalid;

/** A video category's display name: unique, 1..100 characters, trimmed. */
public record CategoryName(String value) {

    public static final int MAX_LENGTH = 100;

    public CategoryName {
        if (value == null || value.isBlank() || !value.equals(value.strip()) || value.length() > MAX_LENGTH) {
            throw Invalid.field("name", "must be 1 to " + MAX_LENGTH + " characters without surrounding spaces");
        }
    }

    /** Input policy: trims what a person typed. */
    public static CategoryName fromUser(String raw) {
        return new CategoryName(raw == null ? "" : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
