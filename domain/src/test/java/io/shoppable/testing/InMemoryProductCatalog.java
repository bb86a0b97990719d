package io.shoppable.testing;

import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link ProductCatalog} over an {@link InMemoryStore}. New products are active. */
public final class InMemoryProductCatalog implements ProductCatalog {

    private final InMemoryStore store;

    InMemoryProductCatalog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public ProductRef create(NewProduct product) {
        synchronized (store) {
            var ref = new ProductRef(new ProductId(store.nextId()), product.name(), product.price(), product.stock(),
                    product.seller(), true, product.category());
            store.products.put(ref.id(), ref);
            return ref;
        }
    }

    @Override
    public Optional<ProductRef> findById(ProductId id) {
        synchronized (store) {
            return Optional.ofNullable(store.products.get(id));
        }
    }

    @Override
    public Map<ProductId, ProductRef> findAll(Collection<ProductId> ids) {
        synchronized (store) {
            var found = new LinkedHashMap<ProductId, ProductRef>();
            ids.forEach(id -> findById(id).ifPresent(product -> found.put(id, product)));
            return found;
        }
    }

    @Override
    public Page<ProductRef> ofCreator(UserId user, PageRequest page) {
        synchronized (store) {
            var featured = store.videos.values().stream()
                    .filter(video -> video.owner().equals(user) && store.isListable(video))
                    .flatMap(video -> video.details().allProducts().stream())
                    .collect(Collectors.toSet());
            var sorted = store.products.values().stream()
                    .filter(ProductRef::active)
                    .filter(product -> product.seller().equals(user) || featured.contains(product.id()))
                    .sorted(Comparator.comparingLong(product -> product.id().value()))
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    /** Withdraws or relists a product, as the marketplace does; there is no port method for it. */
    public ProductRef setActive(ProductId id, boolean active) {
        synchronized (store) {
            var product = findById(id).orElseThrow(() -> NotFound.of("Product", id));
            var changed = new ProductRef(id, product.name(), product.price(), product.stock(), product.seller(),
                    active, product.category());
            store.products.put(id, changed);
            return changed;
        }
    }
}
