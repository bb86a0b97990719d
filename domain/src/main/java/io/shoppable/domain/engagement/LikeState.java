package io.shoppable.domain.engagement;

/** Where a like toggle left things: whether the user now likes the video, and its like count. */
public record LikeState(boolean liked, long likesCount) {
}
