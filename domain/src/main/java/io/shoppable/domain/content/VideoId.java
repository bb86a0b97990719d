package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

/** A shoppable video's id (the spec calls every piece of content a video, images included). */
public record VideoId(long value) {

    public VideoId {
        if (value <= 0) {
            throw Invalid.field("video", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
