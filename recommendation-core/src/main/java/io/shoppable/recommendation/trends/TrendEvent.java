package io.shoppable.recommendation.trends;

/** The engagement that makes a video trend. */
public enum TrendEvent {
    VIEW,
    LIKE,
    SAVE,
    SHARE,
    ADD_TO_CART
}
