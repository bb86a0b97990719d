package io.shoppable.domain.engagement;

import io.shoppable.domain.shared.Invalid;

/** A logged interaction's id. */
public record InteractionId(long value) {

    public InteractionId {
        if (value <= 0) {
            throw Invalid.field("interaction", "must be a positive id");
        }
    }
}
