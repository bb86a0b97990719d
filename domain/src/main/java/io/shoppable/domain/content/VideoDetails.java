package io.shoppable.domain.content;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a video that its owner writes and may later edit: what it shows, where it is filed
 * and which products it sells. The primary product is never among the additional ones.
 *
 * @param additionalProducts other featured products, at most 20, no repeats, in display order
 */
public record VideoDetails(Title title, String description, Tags tags, CategoryId category, ProductId product,
                           List<ProductId> additionalProducts) {

    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_ADDITIONAL_PRODUCTS = 20;

    public VideoDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(product, "product");
        additionalProducts = List.copyOf(additionalProducts);
        if (description == null || description.length() > MAX_DESCRIPTION) {
            throw Invalid.field("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (additionalProducts.size() > MAX_ADDITIONAL_PRODUCTS) {
            throw Invalid.field("additional_product_ids", "at most " + MAX_ADDITIONAL_PRODUCTS + " products");
        }
        if (new LinkedHashSet<>(additionalProducts).size() != additionalProducts.size()
                || additionalProducts.contains(product)) {
            throw Invalid.field("additional_product_ids", "must not repeat a product or the primary product");
        }
    }

    /** The primary product followed by the additional ones. */
    public List<ProductId> allProducts() {
        var all = new java.util.ArrayList<ProductId>(additionalProducts.size() + 1);
        all.add(product);
        all.addAll(additionalProducts);
        return List.copyOf(all);
    }
}
