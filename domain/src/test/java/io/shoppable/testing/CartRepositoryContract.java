package io.shoppable.testing;

import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.commerce.CartLine;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.commerce.Quantity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every {@link CartRepository} promises. */
public abstract class CartRepositoryContract {

    private static final Instant T0 = MutableClock.T0;

    private CartRepository carts;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpCartContract() {
        var ports = ports();
        carts = ports.carts();
        given = new Given(ports);
    }

    @Test
    public void a_user_without_a_cart_has_no_active_cart() {
        assertThat(carts.findActive(given.aUser().id())).isEmpty();
    }

    @Test
    public void open_starts_an_empty_active_cart() {
        var alice = given.aUser();

        var cart = carts.open(alice.id(), T0);

        assertThat(cart).isEqualTo(new Cart(cart.id(), alice.id(), List.of(), T0));
        assertThat(carts.findActive(alice.id())).contains(cart);
    }

    @Test
    public void opening_a_second_active_cart_is_a_conflict() {
        var alice = given.aUser();
        carts.open(alice.id(), T0);

        assertConflict("active_cart_exists", () -> carts.open(alice.id(), T0.plusSeconds(1)));
    }

    @Test
    public void active_cart_opens_one_on_first_need_and_returns_it_afterwards() {
        var alice = given.aUser();

        var first = carts.activeCart(alice.id(), T0);
        var again = carts.activeCart(alice.id(), T0.plusSeconds(60));

        assertThat(first).isEqualTo(new Cart(first.id(), alice.id(), List.of(), T0));
        assertThat(again).isEqualTo(first);
    }

    @Test
    public void each_user_has_their_own_cart() {
        var alice = carts.activeCart(given.aUser().id(), T0);
        var bob = carts.activeCart(given.aUser().id(), T0);

        assertThat(alice.id()).isNotEqualTo(bob.id());
    }

    @Test
    public void add_creates_a_line_for_a_new_product() {
        var alice = given.aUser();
        var hat = given.aProduct(given.aUser());
        var cart = carts.open(alice.id(), T0);

        var line = carts.add(cart.id(), hat.id(), new Quantity(2), T0.plusSeconds(1));

        assertThat(line).isEqualTo(new CartLine(hat.id(), new Quantity(2), T0.plusSeconds(1)));
        assertThat(carts.findActive(alice.id()).orElseThrow().lines()).containsExactly(line);
    }

    @Test
    public void adding_a_product_again_sums_onto_its_line() {
        var alice = given.aUser();
        var hat = given.aProduct(given.aUser());
        var scarf = given.aProduct(given.aUser());
        var cart = carts.open(alice.id(), T0);
        carts.add(cart.id(), hat.id(), new Quantity(2), T0);
        carts.add(cart.id(), scarf.id(), new Quantity(1), T0);

        var line = carts.add(cart.id(), hat.id(), new Quantity(3), T0.plusSeconds(5));

        assertThat(line.product()).isEqualTo(hat.id());
        assertThat(line.quantity()).isEqualTo(new Quantity(5));
        var stored = carts.findActive(alice.id()).orElseThrow();
        assertThat(stored.lines()).extracting(CartLine::product, CartLine::quantity)
                .containsExactlyInAnyOrder(
                        tuple(hat.id(), new Quantity(5)),
                        tuple(scarf.id(), new Quantity(1)));
        assertThat(stored.itemCount()).isEqualTo(2);
        assertThat(stored.totalQuantity()).isEqualTo(6);
    }

    @Test
    public void adding_to_an_unknown_cart_is_not_found() {
        var hat = given.aProduct(given.aUser());

        assertNotFound(() -> carts.add(new CartId(999_999), hat.id(), Quantity.one(), T0));
    }

    @Test
    public void a_closed_cart_is_no_longer_active_and_a_new_one_may_be_opened() {
        var alice = given.aUser();
        var hat = given.aProduct(given.aUser());
        var old = carts.open(alice.id(), T0);
        carts.add(old.id(), hat.id(), Quantity.one(), T0);

        carts.close(old.id());

        assertThat(carts.findActive(alice.id())).isEmpty();
        var fresh = carts.open(alice.id(), T0.plusSeconds(1));
        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(fresh.lines()).isEmpty();
        assertThat(carts.activeCart(alice.id(), T0.plusSeconds(2))).isEqualTo(fresh);
    }
}
