package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;

/**
 * The id of a product category in the host marketplace's taxonomy. The standalone catalog keeps only the
 * id; there is no category table of its own (see decision D12).
 */
public record ProductCategoryId(long value) {

    public ProductCategoryId {
        if (value <= 0) {
            throw Invalid.field("category", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
