package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Invalid;

/** A video category's id. */
public record CategoryId(long value) {

    public CategoryId {
        if (value <= 0) {
            throw Invalid.field("category", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
