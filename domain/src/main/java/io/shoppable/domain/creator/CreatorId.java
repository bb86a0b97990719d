package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Invalid;

/** A creator profile's id. */
public record CreatorId(long value) {

    public CreatorId {
        if (value <= 0) {
            throw Invalid.field("creator", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
