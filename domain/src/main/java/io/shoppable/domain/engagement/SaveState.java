package io.shoppable.domain.engagement;

/** Where a save toggle left things: whether the user now has the video saved, and its save count. */
public record SaveState(boolean saved, long savesCount) {
}
