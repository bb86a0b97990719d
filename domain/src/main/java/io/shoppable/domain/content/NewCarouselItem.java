package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;
import java.util.Optional;

/** A carousel item to add to a collection. */
public record NewCarouselItem(MediaRef file, Optional<MediaRef> thumbnail, int order) {

    public static final int MAX_ORDER = 10_000;

    public NewCarouselItem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thumbnail, "thumbnail");
        if (order < 0 || order > MAX_ORDER) {
            throw Invalid.field("order", "must be between 0 and " + MAX_ORDER);
        }
    }
}
