package io.shoppable.domain.creator;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.shared.Invalid;

import java.util.Objects;
import java.util.Optional;

/**
 * What to look for among creators; every part is optional and the parts combine with AND.
 *
 * @param text            matched, as a literal substring and ignoring case, against the handle, the display
 *                        name and the username
 * @param videoCategory   creators who list the category or have a visible video in it
 * @param productCategory creators with a visible video featuring an active product of that category
 */
public record CreatorSearch(Optional<String> text, Optional<CategoryId> videoCategory,
                            Optional<ProductCategoryId> productCategory) {

    public static final int MAX_TEXT = 100;

    public CreatorSearch {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(videoCategory, "videoCategory");
        Objects.requireNonNull(productCategory, "productCategory");
        if (text.map(value -> value.isEmpty() || value.length() > MAX_TEXT).orElse(false)) {
            throw Invalid.field("q", "must be 1 to " + MAX_TEXT + " characters");
        }
    }

    /** Every creator. */
    public static CreatorSearch everyone() {
        return new CreatorSearch(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Creators of one video category. */
    public static CreatorSearch inCategory(CategoryId category) {
        return new CreatorSearch(Optional.empty(), Optional.of(category), Optional.empty());
    }

    /** Input policy: trims what a person typed; blank means no text filter. */
    public static Optional<String> textFromUser(String raw) {
        return Optional.ofNullable(raw).map(String::strip).filter(value -> !value.isEmpty());
    }
}
