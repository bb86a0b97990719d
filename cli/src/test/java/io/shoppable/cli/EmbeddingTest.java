package io.shoppable.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.commerce.CartLine;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoUpload;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host JVM service embeds the library exactly as docs/embedding.md shows: its own HikariCP pool over
 * the database, no HTTP server, use cases called directly.
 */
class EmbeddingTest {

    private HikariDataSource hostPool;

    @BeforeEach
    void host_owns_its_own_connection_pool() {
        TestDatabase.reset();
        var shared = (HikariDataSource) TestDatabase.database().dataSource();
        var config = new HikariConfig();
        config.setJdbcUrl(shared.getJdbcUrl());
        config.setUsername(shared.getUsername());
        config.setPassword(shared.getPassword());
        config.setMaximumPoolSize(2);
        hostPool = new HikariDataSource(config);
    }

    @AfterEach
    void close_the_host_pool() {
        hostPool.close();
    }

    @Test
    void a_host_wires_the_use_cases_to_its_data_source_and_runs_them_without_http() {
        var shoppable = ShoppableVideos.over(hostPool).clock(Clock.systemUTC()).migrated().build();
        var services = shoppable.services();
        services.categories().loadDefaults();
        var seller = member(1, "seller");
        var shopper = member(2, "shopper");
        services.users().recognise(seller);
        services.users().recognise(shopper);

        var product = services.products().create(seller, new ProductName("Sun hat"), Price.of("19.90"), 5);
        var video = services.videos().upload(seller, imagePost(product.id()));
        var liked = services.engagement().toggleLike(shopper, video.id());
        var added = services.carts().addToCart(shopper, video.id(), Optional.empty(), Quantity.one());
        var feed = services.recommendations().feed().feed(shopper.sessionKey(), shopper.userId(), Optional.empty(),
                10, Optional.empty());

        assertThat(liked.liked()).isTrue();
        assertThat(added.cart().totalQuantity()).isEqualTo(1);
        assertThat(feed.ids()).containsExactly(video.id());
        long storedLikes = TestDatabase.jdbi().withHandle(handle -> handle
                .createQuery("SELECT likes_count FROM videos WHERE id = :id")
                .bind("id", video.id().value()).mapTo(Long.class).one());
        assertThat(storedLikes).isEqualTo(1);
    }

    @Test
    void add_to_cart_lands_in_the_cart_the_host_plugs_in() {
        var hostCarts = new RecordingCarts(PersistenceAdapters.over(hostPool).carts());
        var services = ShoppableVideos.over(hostPool).carts(hostCarts).build().services();
        services.categories().loadDefaults();
        var seller = member(1, "seller");
        var shopper = member(2, "shopper");
        services.users().recognise(seller);
        services.users().recognise(shopper);
        var product = services.products().create(seller, new ProductName("Scarf"), Price.of("9.50"), 3);
        var video = services.videos().upload(seller, imagePost(product.id()));

        services.carts().addToCart(shopper, video.id(), Optional.empty(), Quantity.one());

        assertThat(hostCarts.added).containsExactly(product.id());
    }

    @Test
    void the_rest_api_is_refused_without_an_authenticator() {
        var shoppable = ShoppableVideos.over(hostPool).build();

        assertThatThrownBy(() -> shoppable.restApi(null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authenticator");
    }

    private static Viewer.Member member(long id, String name) {
        return new Viewer.Member(new UserId(id), new Username(name), false);
    }

    private static VideoUpload imagePost(ProductId product) {
        return new VideoUpload(new Media.OfImage(new MediaRef("https://cdn.example.com/hat.png")), Optional.empty(),
                new VideoDetails(new Title("Sun hat"), "", Tags.none(), new CategoryId(1), product, List.of()));
    }

    /** A host's cart store: here ours underneath, with every add recorded so the test sees it was used. */
    private static final class RecordingCarts implements CartRepository {

        private final CartRepository delegate;
        private final List<ProductId> added = new ArrayList<>();

        RecordingCarts(CartRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Cart> findActive(UserId user) {
            return delegate.findActive(user);
        }

        @Override
        public Cart open(UserId user, Instant at) {
            return delegate.open(user, at);
        }

        @Override
        public Cart activeCart(UserId user, Instant at) {
            return delegate.activeCart(user, at);
        }

        @Override
        public CartLine add(CartId cartId, ProductId product, Quantity quantity, Instant at) {
            added.add(product);
            return delegate.add(cartId, product, quantity, at);
        }

        @Override
        public void close(CartId cart) {
            delegate.close(cart);
        }
    }
}
