package io.shoppable.domain.commerce;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Optional;

/** Use cases on the member's shopping cart, above all "add to cart directly from a video". */
public final class CartService {

    private final VideoService videoService;
    private final ProductCatalog products;
    private final CartRepository carts;
    private final EngagementRepository engagement;
    private final Transactions tx;
    private final Clock clock;

    public CartService(VideoService videoService, ProductCatalog products, CartRepository carts,
                       EngagementRepository engagement, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.products = products;
        this.carts = carts;
        this.engagement = engagement;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Adds units of a product shown in a video to the member's active cart (opened on first need) and
     * logs an {@code ADD_TO_CART_FROM_VIDEO} event linked to the video and the product. Without a product
     * id it adds the video's primary product.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     * @throws Invalid  on {@code product_id} when the product is not the video's primary or an additional
     *                  product, or the marketplace has withdrawn it
     * @throws Conflict {@code insufficient_stock} when the cart would then hold more units than are in
     *                  stock; nothing is kept
     */
    public AddedToCart addToCart(Viewer.Member member, VideoId videoId, Optional<ProductId> requested,
                                 Quantity quantity) {
        return tx.inTransaction(() -> {
            var video = videoService.requireVisible(member, videoId);
            var productId = requested.orElse(video.details().product());
            if (!video.details().allProducts().contains(productId)) {
                throw Invalid.field("product_id", "Product not found in this video");
            }
            var product = products.findById(productId).filter(ProductRef::active)
                    .orElseThrow(() -> Invalid.field("product_id", "Product is no longer available"));
            // Checked before the cart is opened or touched, so a refused add leaves nothing behind.
            long inCart = carts.findActive(member.id()).map(cart -> quantityOf(cart, productId)).orElse(0L);
            if (inCart + quantity.value() > product.stock()) {
                throw new Conflict("insufficient_stock", "Only " + product.stock() + " of " + product.name()
                        + " in stock");
            }
            var now = clock.instant();
            var cart = carts.activeCart(member.id(), now);
            carts.add(cart.id(), productId, quantity, now);
            engagement.record(new NewInteraction(Optional.of(member.id()), member.sessionKey(), videoId,
                    Optional.of(productId), InteractionKind.ADD_TO_CART_FROM_VIDEO, Optional.empty(),
                    ExtraData.empty(), now));
            return new AddedToCart(product, carts.findActive(member.id()).orElseThrow());
        });
    }

    /**
     * The member's active cart. A member without one gets a new, empty cart, because every member has a
     * cart to show and to add to.
     */
    public Cart cart(Viewer.Member member) {
        return tx.inTransaction(() -> carts.activeCart(member.id(), clock.instant()));
    }

    private static long quantityOf(Cart cart, ProductId product) {
        return cart.lines().stream().filter(line -> line.product().equals(product))
                .mapToLong(line -> line.quantity().value()).sum();
    }
}
