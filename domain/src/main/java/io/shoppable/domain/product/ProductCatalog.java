package io.shoppable.domain.product;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Products of the host marketplace. The standalone service keeps its own catalog table; a host that
 * embeds the library can plug in its real catalog instead.
 */
public interface ProductCatalog {

    /** Lists a new product and returns it with its id. */
    ProductRef create(NewProduct product);

    /** The product, active or not, or empty when unknown. */
    Optional<ProductRef> findById(ProductId id);

    /** The known products among {@code ids}, active or not, in one call; unknown ids are absent. */
    Map<ProductId, ProductRef> findAll(Collection<ProductId> ids);

    /**
     * The creator's shop window, by id: active products the user sells or that their active videos (not
     * hidden by moderation, in active categories) feature as primary or additional product.
     */
    Page<ProductRef> ofCreator(UserId user, PageRequest page);
}
