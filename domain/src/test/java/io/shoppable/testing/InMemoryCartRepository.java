package io.shoppable.testing;

import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.commerce.CartLine;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CartRepository} over an {@link InMemoryStore}. Lines keep the order of their first add. */
public final class InMemoryCartRepository implements CartRepository {

    private final InMemoryStore store;

    InMemoryCartRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Cart> findActive(UserId user) {
        synchronized (store) {
            return store.carts.values().stream()
                    .filter(cart -> cart.owner().equals(user) && !store.closedCarts.contains(cart.id()))
                    .findFirst();
        }
    }

    @Override
    public Cart open(UserId user, Instant at) {
        synchronized (store) {
            if (findActive(user).isPresent()) {
                throw new Conflict("active_cart_exists", "User " + user + " already has an active cart");
            }
            var cart = new Cart(new CartId(store.nextId()), user, List.of(), at);
            store.carts.put(cart.id(), cart);
            return cart;
        }
    }

    @Override
    public Cart activeCart(UserId user, Instant at) {
        synchronized (store) {
            return findActive(user).orElseGet(() -> open(user, at));
        }
    }

    @Override
    public CartLine add(CartId cartId, ProductId product, Quantity quantity, Instant at) {
        synchronized (store) {
            var cart = requireCart(cartId);
            if (!store.products.containsKey(product)) {
                throw Invalid.field("product_id", "unknown product " + product);
            }
            var lines = new ArrayList<>(cart.lines());
            CartLine line = null;
            for (int i = 0; i < lines.size(); i++) {
                var existing = lines.get(i);
                if (existing.product().equals(product)) {
                    line = new CartLine(product, new Quantity(existing.quantity().value() + quantity.value()),
                            existing.addedAt());
                    lines.set(i, line);
                }
            }
            if (line == null) {
                line = new CartLine(product, quantity, at);
                lines.add(line);
            }
            store.carts.put(cartId, new Cart(cartId, cart.owner(), lines, cart.createdAt()));
            return line;
        }
    }

    @Override
    public void close(CartId cart) {
        synchronized (store) {
            requireCart(cart);
            store.closedCarts.add(cart);
        }
    }

    private Cart requireCart(CartId id) {
        var cart = store.carts.get(id);
        if (cart == null) {
            throw new NotFound("Cart " + id.value() + " not found");
        }
        return cart;
    }
}
