package io.shoppable.recommendation.signals;

/**
 * The events a profile learns from: likes and saves (explicit), product views, adds to cart and watch
 * time (implicit). Follows are not events; they arrive as the set of followed creators.
 */
public enum SignalKind {
    LIKE,
    SAVE,
    PRODUCT_VIEW,
    ADD_TO_CART,
    WATCH_TIME
}
