package io.shoppable.domain.commerce;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.Interaction;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryEngagementRepository;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.InMemoryProductCatalog;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CartServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final VideoService videoService = new VideoService(ports.videos(), ports.categories(), ports.products(),
            new CreatorService(ports.creators(), ports.tx(), clock), ports.creators(), ports.tx(), clock);
    private final CartService service = new CartService(videoService, ports.products(), ports.carts(),
            ports.engagement(), ports.tx(), clock);

    private final User seller = given.aUser("seller");
    private final ProductRef dress = given.aProduct().by(seller).named("Summer Dress").withStock(5).create();
    private final ProductRef hat = given.aProduct().by(seller).named("Sun Hat").withStock(2).create();
    private final Video video = given.aVideo().by(seller).selling(dress).alsoSelling(hat).create();
    private final Viewer.Member alice = Given.asMember(given.aUser("alice"));

    private List<Interaction> logged() {
        return ((InMemoryEngagementRepository) ports.engagement()).all();
    }

    @Test
    void without_a_product_id_the_videos_primary_product_goes_into_a_new_cart() {
        clock.advance(Duration.ofMinutes(3));

        var added = service.addToCart(alice, video.id(), Optional.empty(), Quantity.one());

        assertThat(added.product()).isEqualTo(dress);
        assertThat(added.message()).isEqualTo("Added Summer Dress to cart");
        assertThat(added.cart().owner()).isEqualTo(alice.id());
        assertThat(added.cart().lines()).containsExactly(new CartLine(dress.id(), Quantity.one(), clock.instant()));
        assertThat(added.cart().itemCount()).isEqualTo(1);
    }

    @Test
    void an_additional_product_of_the_video_can_be_added_by_id() {
        var added = service.addToCart(alice, video.id(), Optional.of(hat.id()), new Quantity(2));

        assertThat(added.product()).isEqualTo(hat);
        assertThat(added.cart().lines()).extracting(CartLine::product, CartLine::quantity)
                .containsExactly(tuple(hat.id(), new Quantity(2)));
    }

    @Test
    void later_adds_go_into_the_same_cart_and_sum_per_product() {
        var first = service.addToCart(alice, video.id(), Optional.empty(), Quantity.one());
        service.addToCart(alice, video.id(), Optional.of(hat.id()), Quantity.one());

        var third = service.addToCart(alice, video.id(), Optional.empty(), new Quantity(2));

        assertThat(third.cart().id()).isEqualTo(first.cart().id());
        assertThat(third.cart().itemCount()).isEqualTo(2);
        assertThat(third.cart().totalQuantity()).isEqualTo(4);
        assertThat(service.cart(alice)).isEqualTo(third.cart());
    }

    @Test
    void a_product_that_the_video_does_not_show_is_invalid_on_product_id() {
        var elsewhere = given.aProduct(seller);

        assertThatThrownBy(() -> service.addToCart(alice, video.id(), Optional.of(elsewhere.id()), Quantity.one()))
                .hasMessageContaining("Product not found in this video");
        assertInvalid("product_id", () -> service.addToCart(alice, video.id(), Optional.of(new ProductId(999)),
                Quantity.one()));
        assertThat(ports.carts().findActive(alice.id())).isEmpty();
    }

    @Test
    void a_withdrawn_product_is_invalid_on_product_id() {
        ((InMemoryProductCatalog) ports.products()).setActive(hat.id(), false);

        assertInvalid("product_id", () -> service.addToCart(alice, video.id(), Optional.of(hat.id()),
                Quantity.one()));
    }

    @Test
    void adding_more_than_the_stock_is_a_conflict_and_keeps_nothing() {
        assertConflict("insufficient_stock", () -> service.addToCart(alice, video.id(), Optional.of(hat.id()),
                new Quantity(3)));

        assertThat(ports.carts().findActive(alice.id())).isEmpty();
        assertThat(logged()).isEmpty();
    }

    @Test
    void the_stock_limit_counts_what_is_already_in_the_cart() {
        service.addToCart(alice, video.id(), Optional.of(hat.id()), Quantity.one());

        assertConflict("insufficient_stock", () -> service.addToCart(alice, video.id(), Optional.of(hat.id()),
                new Quantity(2)));

        var cart = service.cart(alice);
        assertThat(cart.totalQuantity()).isEqualTo(1);
        assertThat(service.addToCart(alice, video.id(), Optional.of(hat.id()), Quantity.one()).cart().totalQuantity())
                .isEqualTo(2);
    }

    @Test
    void a_video_that_is_not_visible_is_not_found() {
        var hidden = given.aVideo().by(seller).selling(dress).inactive().create();

        assertNotFound(() -> service.addToCart(alice, hidden.id(), Optional.empty(), Quantity.one()));
        assertNotFound(() -> service.addToCart(alice, new VideoId(999), Optional.empty(), Quantity.one()));
    }

    @Test
    void an_add_to_cart_is_logged_with_the_video_and_the_product() {
        service.addToCart(alice, video.id(), Optional.of(hat.id()), Quantity.one());

        assertThat(logged()).extracting(Interaction::event).containsExactly(new NewInteraction(
                Optional.of(alice.id()), alice.sessionKey(), video.id(), Optional.of(hat.id()),
                InteractionKind.ADD_TO_CART_FROM_VIDEO, Optional.empty(), ExtraData.empty(), MutableClock.T0));
    }

    @Test
    void a_member_without_a_cart_gets_an_empty_one() {
        var cart = service.cart(alice);

        assertThat(cart.owner()).isEqualTo(alice.id());
        assertThat(cart.lines()).isEmpty();
        assertThat(service.cart(alice)).isEqualTo(cart);
    }
}
