package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/** A product to list in the standalone catalog, sold by {@code seller}, optionally in a category. */
public record NewProduct(UserId seller, ProductName name, Price price, int stock,
                         Optional<ProductCategoryId> category) {

    public NewProduct {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(category, "category");
        if (stock < 0) {
            throw Invalid.field("stock", "must not be negative");
        }
    }

    /** A product without a category. */
    public NewProduct(UserId seller, ProductName name, Price price, int stock) {
        this(seller, name, price, stock, Optional.empty());
    }
}
