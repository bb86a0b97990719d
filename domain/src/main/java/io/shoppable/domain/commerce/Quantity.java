package io.shoppable.domain.commerce;

import io.shoppable.domain.shared.Invalid;

/** A number of units of one product: at least 1. */
public record Quantity(int value) {

    /** The most a single add-to-cart request may add. */
    public static final int MAX_PER_ADD = 99;

    public Quantity {
        if (value < 1) {
            throw Invalid.field("quantity", "must be at least 1");
        }
    }

    public static Quantity one() {
        return new Quantity(1);
    }

    /** Input policy for one add-to-cart request: 1..{@value #MAX_PER_ADD}. */
    public static Quantity toAdd(long requested) {
        if (requested < 1 || requested > MAX_PER_ADD) {
            throw Invalid.field("quantity", "must be between 1 and " + MAX_PER_ADD);
        }
        return new Quantity((int) requested);
    }
}
