package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.util.Objects;

/** A product to list in the standalone catalog, sold by {@code seller}. */
public record NewProduct(UserId seller, ProductName name, Price price, int stock) {

    public NewProduct {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (stock < 0) {
            throw Invalid.field("stock", "must not be negative");
        }
    }
}
