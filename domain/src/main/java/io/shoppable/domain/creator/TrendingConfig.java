package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Invalid;

import java.time.Duration;
import java.util.Objects;

/**
 * The weights and bounds of {@link TrendingCreators}; {@link #defaults()} documents the shipped values,
 * and {@code docs/creators.md} the formula.
 *
 * @param followers  weight of ln(1 + followers)
 * @param views      weight of ln(1 + views)
 * @param likes      weight of ln(1 + likes on videos from the window)
 * @param verified   bonus of a verified creator
 * @param growth     weight of new follows in the window divided by all followers (at least 1)
 * @param window     how far back "recent" reaches
 * @param candidates how many creators each candidate list (most followed, most newly followed, most liked
 *                   recently) contributes at most
 * @param size       how many creators the ranking returns
 */
public record TrendingConfig(double followers, double views, double likes, double verified, double growth,
                             Duration window, int candidates, int size) {

    public TrendingConfig {
        Objects.requireNonNull(window, "window");
        if (followers < 0 || views < 0 || likes < 0 || verified < 0 || growth < 0) {
            throw Invalid.field("weights", "must not be negative");
        }
        if (window.isNegative() || window.isZero() || candidates < 1 || size < 1) {
            throw Invalid.field("trending", "window, candidates and size must be positive");
        }
    }

    /** Followers 1.0, views 0.5, likes 1.0, verified 2.0, growth 5.0, over 7 days, 200 candidates, top 20. */
    public static TrendingConfig defaults() {
        return new TrendingConfig(1.0, 0.5, 1.0, 2.0, 5.0, Duration.ofDays(7), 200, 20);
    }
}
