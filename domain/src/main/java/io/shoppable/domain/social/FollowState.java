package io.shoppable.domain.social;

/** Where a follow toggle left things: whether the caller now follows the user, and how many do. */
public record FollowState(boolean following, long followerCount) {
}
