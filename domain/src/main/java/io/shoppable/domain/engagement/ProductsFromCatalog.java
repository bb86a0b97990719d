package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Card bodies whose products come from a {@link ProductCatalog} rather than from where the rest of the card is
 * read: a host's own catalog (one batch read more), or a store that keeps products apart. The one place that says
 * how a card shows products: the primary product empty and additional products left out when the catalog no
 * longer knows them, the additional ones in the video's display order.
 */
public final class ProductsFromCatalog implements CardBodies {

    private final CardBodies bodies;
    private final ProductCatalog catalog;

    public ProductsFromCatalog(CardBodies bodies, ProductCatalog catalog) {
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Map<VideoId, VideoCard> of(Collection<VideoId> videos) {
        var cards = bodies.of(videos);
        if (cards.isEmpty()) {
            return cards;
        }
        var wanted = new LinkedHashSet<ProductId>();
        cards.values().forEach(card -> wanted.addAll(card.video().details().allProducts()));
        var products = catalog.findAll(wanted);
        var withProducts = new HashMap<VideoId, VideoCard>();
        cards.forEach((id, card) -> {
            var details = card.video().details();
            withProducts.put(id, new VideoCard(card.video(), card.category(),
                    Optional.ofNullable(products.get(details.product())),
                    details.additionalProducts().stream().map(products::get).filter(Objects::nonNull).toList(),
                    card.creator(), card.liked(), card.saved()));
        });
        return withProducts;
    }
}
