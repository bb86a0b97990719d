package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * What this service needs to know about a marketplace product: enough to show it on a video and to
 * put it in a cart.
 *
 * @param stock  units available, 0 or more
 * @param seller the user who sells it
 * @param active   false when the marketplace has withdrawn it
 * @param category the marketplace's category of the product, if it has one
 */
public record ProductRef(ProductId id, ProductName name, Price price, int stock, UserId seller, boolean active,
                         Optional<ProductCategoryId> category) {

    public ProductRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(category, "category");
        if (stock < 0) {
            throw Invalid.field("stock", "must not be negative");
        }
    }

    /** A product without a category. */
    public ProductRef(ProductId id, ProductName name, Price price, int stock, UserId seller, boolean active) {
        this(id, name, price, stock, seller, active, Optional.empty());
    }
}
