package io.shoppable.domain.commerce;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    @Test
    void a_quantity_is_at_least_one() {
        assertThat(Quantity.one().value()).isEqualTo(1);
        assertThat(new Quantity(500).value()).isEqualTo(500);
        assertInvalid("quantity", () -> new Quantity(0));
        assertInvalid("quantity", () -> new Quantity(-1));
    }

    @Test
    void one_add_to_cart_adds_1_to_99_units() {
        assertThat(Quantity.toAdd(1)).isEqualTo(Quantity.one());
        assertThat(Quantity.toAdd(99)).isEqualTo(new Quantity(99));
        assertInvalid("quantity", () -> Quantity.toAdd(0));
        assertInvalid("quantity", () -> Quantity.toAdd(100));
        assertInvalid("quantity", () -> Quantity.toAdd(Long.MAX_VALUE));
    }
}
