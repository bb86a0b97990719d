package io.shoppable.http.product;

import io.shoppable.domain.product.ProductRef;

import java.math.BigDecimal;

/** A product as videos and carts show it: {@code {"id", "name", "price"}}, plus stock where useful. */
public record ProductJson(long id, String name, BigDecimal price) {

    public static ProductJson from(ProductRef product) {
        return new ProductJson(product.id().value(), product.name().value(), product.price().amount());
    }
}
