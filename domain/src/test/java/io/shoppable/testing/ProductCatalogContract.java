package io.shoppable.testing;

import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;

import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ProductCatalog} promises. */
public abstract class ProductCatalogContract {

    private static final ProductId UNKNOWN = new ProductId(999_999);

    private ProductCatalog products;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpProductContract() {
        var ports = ports();
        products = ports.products();
        given = new Given(ports);
    }

    @Test
    public void create_lists_an_active_product_with_its_fields() {
        var seller = given.aUser();

        var created = products.create(new NewProduct(seller.id(), new ProductName("Sun Hat"), Price.of("12.5"), 7));

        assertThat(created).isEqualTo(new ProductRef(created.id(), new ProductName("Sun Hat"), Price.of("12.50"), 7,
                seller.id(), true));
        assertThat(products.findById(created.id())).contains(created);
    }

    @Test
    public void find_by_id_of_an_unknown_product_is_empty() {
        assertThat(products.findById(UNKNOWN)).isEmpty();
    }

    @Test
    public void find_all_returns_the_known_products_and_leaves_unknown_ids_out() {
        var seller = given.aUser();
        var hat = given.aProduct().by(seller).named("Hat").create();
        var scarf = given.aProduct().by(seller).named("Scarf").priced("0.99").withStock(0).create();
        given.aProduct(seller);

        var found = products.findAll(List.of(hat.id(), scarf.id(), UNKNOWN));

        assertThat(found).containsOnlyKeys(hat.id(), scarf.id());
        assertThat(found.get(scarf.id())).isEqualTo(scarf);
    }

    @Test
    public void find_all_of_no_ids_is_empty() {
        given.aProduct(given.aUser());

        assertThat(products.findAll(List.of())).isEmpty();
    }

    @Test
    public void a_product_keeps_its_marketplace_category() {
        var seller = given.aUser();

        var created = products.create(new NewProduct(seller.id(), new ProductName("Lamp"), Price.of("30"), 1,
                Optional.of(new ProductCategoryId(7))));

        assertThat(created.category()).contains(new ProductCategoryId(7));
        assertThat(products.findById(created.id()).orElseThrow().category()).contains(new ProductCategoryId(7));
    }

    @Test
    public void of_creator_lists_what_they_sell_and_what_their_visible_videos_feature_by_id() {
        var creator = given.aUser();
        var sold = given.aProduct(creator);
        var featured = given.aProduct().create();
        var alsoFeatured = given.aProduct().create();
        var onlyInHiddenVideo = given.aProduct().create();
        given.aProduct().create();
        given.aVideo().by(creator).selling(featured).alsoSelling(alsoFeatured).create();
        given.aVideo().by(creator).selling(onlyInHiddenVideo).inactive().create();

        var page = products.ofCreator(creator.id(), PageRequest.firstPage());

        assertThat(page.items()).extracting(ProductRef::id)
                .containsExactly(sold.id(), featured.id(), alsoFeatured.id());
        assertThat(page.total()).isEqualTo(3);
    }
}
