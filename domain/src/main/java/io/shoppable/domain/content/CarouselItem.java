package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;
import java.util.Optional;

/** One image or video in a collection's carousel, shown in ascending {@code order}. */
public record CarouselItem(ItemId id, MediaRef file, Optional<MediaRef> thumbnail, int order) {

    public CarouselItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thumbnail, "thumbnail");
        if (order < 0) {
            throw Invalid.field("order", "must not be negative");
        }
    }
}
