package io.shoppable.domain.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The ten categories every installation starts with, in display order. */
public final class DefaultCategories {

    public static final List<String> NAMES = List.of(
            "Fashion & Style",
            "Electronics & Gadgets",
            "Home Decor",
            "Health & Beauty",
            "Groceries",
            "Lifestyle",
            "Made in Nepal",
            "New Arrivals",
            "Best Sellers",
            "Gifts");

    private DefaultCategories() {
    }

    /** The defaults as drafts: active, with {@code order} 1..10. */
    public static List<CategoryDraft> drafts() {
        return IntStream.range(0, NAMES.size())
                .mapToObj(i -> new CategoryDraft(new CategoryName(NAMES.get(i)), Optional.empty(), i + 1, true))
                .toList();
    }
}
