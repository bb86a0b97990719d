package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;

/** A product's display name: 1..200 characters. */
public record ProductName(String value) {

    public static final int MAX_LENGTH = 200;

    public ProductName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw Invalid.field("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** Input policy: trims what a person typed. */
    public static ProductName fromUser(String raw) {
        return new ProductName(raw == null ? "" : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
