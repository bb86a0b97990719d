package io.shoppable.persistence.commerce;

import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.product.ProductId;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CartRepositoryContract;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static io.shoppable.testing.MutableClock.T0;

class JdbiCartRepositoryTest extends CartRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Test
    void closing_an_unknown_cart_is_not_found() {
        var ports = JdbiPorts.fresh();

        assertNotFound(() -> ports.carts().close(new CartId(999)));
    }

    @Test
    void adding_an_unknown_product_is_invalid_on_product_id() {
        var ports = JdbiPorts.fresh();
        var cart = ports.carts().open(new Given(ports).aUser().id(), T0);

        assertInvalid("product_id", () -> ports.carts().add(cart.id(), new ProductId(999), Quantity.one(), T0));
    }
}
