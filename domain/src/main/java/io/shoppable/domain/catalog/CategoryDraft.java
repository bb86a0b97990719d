package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;
import java.util.Optional;

/**
 * The editable fields of a video category: what is written when one is created or updated.
 *
 * @param order display position, ascending; 0 or more
 */
public record CategoryDraft(CategoryName name, Optional<MediaRef> icon, int order, boolean active) {

    public CategoryDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icon, "icon");
        if (order < 0) {
            throw Invalid.field("order", "must not be negative");
        }
    }
}
