package io.shoppable.domain.commerce;

import io.shoppable.domain.product.ProductId;

import java.time.Instant;
import java.util.Objects;

/** One product in a cart with how many units of it. A cart has at most one line per product. */
public record CartLine(ProductId product, Quantity quantity, Instant addedAt) {

    public CartLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
