package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

/** A carousel item's id. */
public record ItemId(long value) {

    public ItemId {
        if (value <= 0) {
            throw Invalid.field("item", "must be a positive id");
        }
    }
}
