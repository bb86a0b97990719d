package io.shoppable.domain.commerce;

import io.shoppable.domain.product.ProductRef;

import java.util.Objects;

/** What an add to cart did: which product went in, and the cart as it now is. */
public record AddedToCart(ProductRef product, Cart cart) {

    public AddedToCart {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(cart, "cart");
    }

    /** The sentence the spec answers with: {@code Added Sun Hat to cart}. */
    public String message() {
        return "Added " + product.name() + " to cart";
    }
}
