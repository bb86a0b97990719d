package io.shoppable.domain.commerce;

import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Shopping carts, at most one active per user. The standalone service keeps carts in its database;
 * a host marketplace can plug in its own cart instead.
 */
public interface CartRepository {

    /** The user's active cart with its lines, or empty when they have none. */
    Optional<Cart> findActive(UserId user);

    /**
     * Opens a new active cart. {@code Conflict("active_cart_exists")} when the user already has one.
     */
    Cart open(UserId user, Instant at);

    /** The user's active cart, opened on first need. Safe under concurrent calls for one user. */
    Cart activeCart(UserId user, Instant at);

    /**
     * Adds {@code quantity} units of a product to a cart in one atomic step, creating the line or
     * summing onto it, and returns the line as it now is. {@code NotFound} when the cart is unknown.
     */
    CartLine add(CartId cart, ProductId product, Quantity quantity, Instant at);

    /** Closes a cart (checked out or abandoned) so the user may open a new one. */
    void close(CartId cart);
}
