package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;
import java.util.Optional;

/** A stored video category ("Fashion & Style"): the feed can be filtered by it, creators list it. */
public record VideoCategory(CategoryId id, CategoryName name, Optional<MediaRef> icon, int order, boolean active) {

    public VideoCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icon, "icon");
    }

    public CategoryDraft draft() {
        return new CategoryDraft(name, icon, order, active);
    }
}
