package io.shoppable.domain.product;

import io.shoppable.domain.shared.Invalid;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A product's price in the marketplace's currency: 0 or more, kept with exactly two decimals. */
public record Price(BigDecimal amount) {

    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    public Price {
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw Invalid.field("price", "must be between 0 and " + MAX.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw Invalid.field("price", "must have at most two decimals");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Price of(String amount) {
        try {
            return new Price(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw Invalid.field("price", "must be a number");
        }
    }
}
