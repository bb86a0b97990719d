package io.shoppable.domain.product;

import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.InMemoryProductCatalog;
import io.shoppable.testing.Ports;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class ProductServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final ProductService service = new ProductService(ports.products(), ports.tx());

    @Test
    void a_member_lists_a_product_they_sell() {
        var alice = given.aUser();

        var product = service.create(Given.asMember(alice), new ProductName("Sun Hat"), Price.of("49.99"), 5);

        assertThat(product).isEqualTo(new ProductRef(product.id(), new ProductName("Sun Hat"), Price.of("49.99"), 5,
                alice.id(), true));
        assertThat(service.require(product.id())).isEqualTo(product);
    }

    @Test
    void anonymous_callers_may_not_list_products() {
        assertForbidden(() -> service.create(Given.anonymous(), new ProductName("Hat"), Price.of("1"), 1));
    }

    @Test
    void negative_stock_is_invalid() {
        var alice = Given.asMember(given.aUser());

        assertInvalid("stock", () -> service.create(alice, new ProductName("Hat"), Price.of("1"), -1));
    }

    @Test
    void require_finds_withdrawn_products_too_but_not_unknown_ones() {
        var product = given.aProduct(given.aUser());
        var withdrawn = ((InMemoryProductCatalog) ports.products()).setActive(product.id(), false);

        assertThat(service.require(product.id())).isEqualTo(withdrawn);
        assertNotFound(() -> service.require(new ProductId(999)));
    }
}
