package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;

/** A marketplace product's id, as the product catalog knows it. */
public record ProductId(long value) {

    public ProductId {
        if (value <= 0) {
            throw Invalid.field("product_id", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
