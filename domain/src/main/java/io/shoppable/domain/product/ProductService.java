package io.shoppable.domain.product;

import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

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
        var seller = viewer.userId().orElseThrow(() -> new Forbidden("Only members may list products"));
        var product = new NewProduct(seller, name, price, stock);
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
}
