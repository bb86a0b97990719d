package io.shoppable.domain.product;

import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Viewer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Use cases on the standalone product catalog: list a product, look one up. */
public final class ProductService {

    private final ProductCatalog products;
    private final Transactions tx;

    public ProductService(ProductCatalog products, Transactions tx) {
        this.products = products;
        this.tx = tx;
    }

    /**
     * Lists a new, active product sold by the calling member.
     *
     * @throws Forbidden for anonymous callers, who cannot sell
     * @throws io.shoppable.domain.shared.Invalid on {@code stock} when it is negative
     */
    public ProductRef create(Viewer viewer, ProductName name, Price price, int stock) {
        return create(viewer, name, price, stock, Optional.empty());
    }

    /**
     * Lists a new, active product sold by the calling member, in the marketplace category given.
     *
     * @throws Forbidden for anonymous callers, who cannot sell
     * @throws io.shoppable.domain.shared.Invalid on {@code stock} when it is negative
     */
    public ProductRef create(Viewer viewer, ProductName name, Price price, int stock,
                             Optional<ProductCategoryId> category) {
        var seller = viewer.userId().orElseThrow(() -> new Forbidden("Only members may list products"));
        var product = new NewProduct(seller, name, price, stock, category);
        return tx.inTransaction(() -> products.create(product));
    }

    /**
     * The product, active or not.
     *
     * @throws NotFound when the catalog does not know it
     */
    public ProductRef require(ProductId id) {
        return products.findById(id).orElseThrow(() -> NotFound.of("Product", id));
    }

    /** The products among {@code ids} that the catalog knows, in one call; unknown ids are absent. */
    public Map<ProductId, ProductRef> findAll(Collection<ProductId> ids) {
        return products.findAll(ids);
    }

    /** The products a creator sells or features in their visible videos, by id. */
    public Page<ProductRef> ofCreator(UserId user, PageRequest page) {
        return products.ofCreator(user, page);
    }
}
