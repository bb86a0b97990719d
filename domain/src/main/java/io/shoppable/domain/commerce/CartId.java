package io.shoppable.domain.commerce;

import io.shoppable.domain.shared.Invalid;

/** A cart's id. */
public record CartId(long value) {

    public CartId {
        if (value <= 0) {
            throw Invalid.field("cart", "must be a positive id");
        }
    }
}
