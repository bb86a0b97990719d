package io.shoppable.http.commerce;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartLine;
import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.http.Api;
import io.shoppable.http.Params;
import io.shoppable.http.product.ProductJson;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Add to cart from a video, and the caller's cart. */
public final class CartRoutes {

    private final Api api;
    private final Params params;

    public CartRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/shoppable-videos/{id}/add_to_cart", this::addToCart);
        routes.get("/api/v1/cart", this::show);
    }

    /** {@code POST {"product_id": 102, "quantity": 1}}; both optional (primary product, one unit). */
    private void addToCart(Context ctx) {
        var member = api.identity().member(ctx);
        var video = new VideoId(Params.pathId(ctx, "id"));
        var body = ctx.body().isBlank() ? new AddToCartJson(null, null) : params.body(ctx, AddToCartJson.class);
        var product = Optional.ofNullable(body.productId()).map(ProductId::new);
        var quantity = body.quantity() == null ? Quantity.one() : Quantity.toAdd(body.quantity());
        var added = api.carts().addToCart(member, video, product, quantity);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("status", "success");
        answer.put("message", added.message());
        answer.put("cart_item_count", added.cart().itemCount());
        ctx.json(answer);
    }

    private void show(Context ctx) {
        var member = api.identity().member(ctx);
        var cart = api.carts().cart(member);
        var lines = cart.map(Cart::lines).orElse(List.of());
        var known = api.products().findAll(lines.stream().map(CartLine::product).toList());
        ctx.json(new CartJson(
                cart.map(value -> value.id().value()).orElse(null),
                lines.stream().map(line -> CartLineJson.from(line, known.get(line.product()))).toList(),
                cart.map(Cart::itemCount).orElse(0),
                cart.map(Cart::totalQuantity).orElse(0L)));
    }

    record AddToCartJson(Long productId, Long quantity) {
    }

    /** The caller's cart: {@code id} is null until something has been added. */
    record CartJson(Long id, List<CartLineJson> items, int cartItemCount, long totalQuantity) {
    }

    /** One line: the product (null if the catalog no longer knows it) and how many units. */
    record CartLineJson(long productId, ProductJson product, int quantity, Instant addedAt) {

        static CartLineJson from(CartLine line, ProductRef product) {
            return new CartLineJson(line.product().value(), product == null ? null : ProductJson.from(product),
                    line.quantity().value(), line.addedAt());
        }
    }
}
