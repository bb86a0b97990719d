package io.shoppable.domain.engagement;

import io.shoppable.domain.product.ProductRef;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryCardBodies;
import io.shoppable.testing.InMemoryPorts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductsFromCatalogTest {

    @Test
    void a_card_shows_the_catalogs_products_in_display_order_and_leaves_out_those_it_does_not_know() {
        var ports = InMemoryPorts.create();
        var given = new Given(ports);
        var seller = given.aUser();
        var hat = given.aProduct(seller);
        var scarf = given.aProduct(seller);
        var belt = given.aProduct(seller);
        var video = given.aVideo().by(seller).selling(belt).alsoSelling(scarf, hat).create();
        // A host catalog that knows every id up to the scarf's, under its own names, and not the belt.
        var host = InMemoryPorts.create();
        var hostGiven = new Given(host);
        var hostSeller = hostGiven.aUser();
        ProductRef last;
        do {
            last = hostGiven.aProduct().by(hostSeller).named("Host product").create();
        } while (last.id().value() < scarf.id().value());

        var card = new ProductsFromCatalog(new InMemoryCardBodies(ports), host.products())
                .of(List.of(video.id())).get(video.id());

        assertThat(card.product()).isEmpty();
        assertThat(card.additionalProducts()).extracting(ProductRef::id).containsExactly(scarf.id(), hat.id());
        assertThat(card.additionalProducts()).allSatisfy(product ->
                assertThat(product.name().value()).isEqualTo("Host product"));
    }
}
