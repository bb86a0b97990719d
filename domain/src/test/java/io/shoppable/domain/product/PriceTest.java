package io.shoppable.domain.product;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class PriceTest {

    @Test
    void a_price_keeps_exactly_two_decimals() {
        assertThat(Price.of("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Price.of("12.5")).isEqualTo(Price.of("12.500"));
        assertThat(Price.of("0").amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void a_price_with_more_than_two_significant_decimals_is_invalid() {
        assertInvalid("price", () -> Price.of("1.234"));
    }

    @Test
    void a_price_is_between_zero_and_the_largest_stored_amount() {
        assertThat(Price.of("9999999999.99").amount()).isEqualTo(new BigDecimal("9999999999.99"));
        assertInvalid("price", () -> Price.of("10000000000.00"));
        assertInvalid("price", () -> Price.of("-0.01"));
        assertInvalid("price", () -> new Price(null));
    }

    @Test
    void a_price_that_is_not_a_number_is_invalid() {
        assertInvalid("price", () -> Price.of("twelve"));
    }
}
