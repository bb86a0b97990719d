package io.shoppable.domain.commerce;

import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A user's shopping cart. A user has at most one active cart at a time. */
public record Cart(CartId id, UserId owner, List<CartLine> lines, Instant createdAt) {

    public Cart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
    }

    /** The number of distinct products: what the spec calls {@code cart_item_count}. */
    public int itemCount() {
        return lines.size();
    }

    /** The number of units over all lines. */
    public long totalQuantity() {
        return lines.stream().mapToLong(line -> line.quantity().value()).sum();
    }
}
