package io.shoppable.http.product;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.http.Api;
import io.shoppable.http.Params;

import java.math.BigDecimal;
import java.util.Optional;

/** {@code /api/v1/products/}: the standalone product catalog (a host marketplace brings its own). */
public final class ProductRoutes {

    private final Api api;
    private final Params params;

    public ProductRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/products", this::create);
        routes.get("/api/v1/products/{id}", this::show);
    }

    /** {@code POST {"name": "Sun Hat", "price": 49.99, "stock": 10, "category": 3}}: the caller is the seller. */
    private void create(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, NewProductJson.class);
        var price = new Price(Optional.ofNullable(body.price()).orElseThrow(() -> Invalid.field("price", "is required")));
        int stock = Optional.ofNullable(body.stock()).orElseThrow(() -> Invalid.field("stock", "is required"));
        var product = api.products().create(member, ProductName.fromUser(body.name()), price, stock,
                Optional.ofNullable(body.category()).map(ProductCategoryId::new));
        ctx.status(201).json(ProductDetailJson.from(product));
    }

    private void show(Context ctx) {
        api.identity().viewer(ctx);
        var product = api.products().require(new ProductId(Params.pathId(ctx, "id")));
        ctx.json(ProductDetailJson.from(product));
    }

    record NewProductJson(String name, BigDecimal price, Integer stock, Long category) {
    }

    /**
     * A product as its own resource: {@code {"id", "name", "price", "stock", "seller", "is_active", "category"}}
     * where category is the marketplace's category id or null.
     */
    record ProductDetailJson(long id, String name, BigDecimal price, int stock, long seller, boolean isActive,
                             Long category) {

        static ProductDetailJson from(ProductRef product) {
            return new ProductDetailJson(product.id().value(), product.name().value(), product.price().amount(),
                    product.stock(), product.seller().value(), product.active(),
                    product.category().map(ProductCategoryId::value).orElse(null));
        }
    }
}
