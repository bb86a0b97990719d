package io.shoppable.cli;

import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.http.Api;
import io.shoppable.http.Authenticator;
import io.shoppable.http.UploadLimits;
import io.shoppable.persistence.Database;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.recommendation.FeedStages;
import io.shoppable.recommendation.RecommendationConfig;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The library's entry point for a JVM service that embeds Shoppable Videos: it wires every use case to the
 * host's own PostgreSQL {@link DataSource} (and, if the host likes, its own product catalog, carts and
 * authenticator) without starting an HTTP server. The standalone {@code serve} command is built on it too.
 *
 * <pre>{@code
 * var shoppable = ShoppableVideos.over(hostDataSource)
 *         .clock(Clock.systemUTC())
 *         .carts(hostCarts)            // optional: the host's CartRepository
 *         .migrated()                  // applies our Liquibase changelog, idempotent
 *         .build();
 * shoppable.services().engagement().toggleLike(member, videoId);
 * }</pre>
 *
 * <p>Thread-safe once built; it owns nothing that needs closing (the host owns its pool).
 */
public final class ShoppableVideos {

    private final Wiring services;
    private final Optional<Authenticator> authenticator;

    private ShoppableVideos(Wiring services, Optional<Authenticator> authenticator) {
        this.services = services;
        this.authenticator = authenticator;
    }

    /** Starts wiring the library over a PostgreSQL data source that the host pools and owns. */
    public static Builder over(DataSource dataSource) {
        return new Builder(PersistenceAdapters.over(Objects.requireNonNull(dataSource, "dataSource")),
                Optional.of(dataSource));
    }

    /** Starts wiring over adapters built elsewhere (the composition root's own, or a test's counting ones). */
    public static Builder over(PersistenceAdapters storage) {
        return new Builder(Objects.requireNonNull(storage, "storage"), Optional.empty());
    }

    /** Every service, one per concept, each method a use case in its own transaction. */
    public Wiring services() {
        return services;
    }

    /**
     * What the REST adapter drives, for a host that serves our API from its own process. Needs the
     * authenticator given to the builder.
     *
     * @throws IllegalStateException when the builder was given no authenticator
     */
    public Api restApi(MediaStorage media, UploadLimits limits) {
        var identity = authenticator.orElseThrow(() -> new IllegalStateException(
                "the REST API needs an authenticator: call ShoppableVideos.Builder.authenticator(...)"));
        return services.api(identity, media, limits);
    }

    /** Collects the optional parts; everything has a documented default. */
    public static final class Builder {

        private final PersistenceAdapters storage;
        private final Optional<DataSource> dataSource;
        private Optional<ProductCatalog> products = Optional.empty();
        private Optional<CartRepository> carts = Optional.empty();
        private Optional<Authenticator> authenticator = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private ModerationConfig moderation = ModerationConfig.defaults();
        private RecommendationConfig recommendation = RecommendationConfig.spec();
        private FeedStages feedStages = FeedStages.NONE;
        private Optional<String> cursorSecret = Optional.empty();
        private boolean migrate;

        private Builder(PersistenceAdapters storage, Optional<DataSource> dataSource) {
            this.storage = storage;
            this.dataSource = dataSource;
        }

        /**
         * The host's product catalog instead of our {@code products} table. Videos still reference
         * products by id in our schema, so every id the host hands out must also exist in our
         * {@code products} table (see docs/embedding.md).
         */
        public Builder products(ProductCatalog catalog) {
            this.products = Optional.of(Objects.requireNonNull(catalog, "catalog"));
            return this;
        }

        /** The host's carts instead of our {@code carts} tables; add-to-cart then lands there. */
        public Builder carts(CartRepository hostCarts) {
            this.carts = Optional.of(Objects.requireNonNull(hostCarts, "carts"));
            return this;
        }

        /** How {@link #restApi} reads who a request comes from; not needed for the services alone. */
        public Builder authenticator(Authenticator identity) {
            this.authenticator = Optional.of(Objects.requireNonNull(identity, "authenticator"));
            return this;
        }

        /** The clock every use case reads "now" from (default: the system clock in UTC). */
        public Builder clock(Clock useClock) {
            this.clock = Objects.requireNonNull(useClock, "clock");
            return this;
        }

        /** Moderation settings other than the defaults (3 reports hide a video). */
        public Builder moderation(ModerationConfig config) {
            this.moderation = Objects.requireNonNull(config, "moderation");
            return this;
        }

        /** Recommendation settings other than the spec's. */
        public Builder recommendation(RecommendationConfig config) {
            this.recommendation = Objects.requireNonNull(config, "recommendation");
            return this;
        }

        /** Watches the feed's stages, for timing them (the service passes its Micrometer timers). */
        public Builder feedStages(FeedStages stages) {
            this.feedStages = Objects.requireNonNull(stages, "feedStages");
            return this;
        }

        /**
         * The secret that signs feed cursors. Every node of a deployment must share it so that any node
         * continues any feed session; without it, a secret random to this process is used (one node only).
         */
        public Builder cursorSecret(String secret) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("a cursor secret must not be blank");
            }
            this.cursorSecret = Optional.of(secret);
            return this;
        }

        /** Applies our Liquibase changelog to the data source when {@link #build()} runs (idempotent). */
        public Builder migrated() {
            if (dataSource.isEmpty()) {
                throw new IllegalStateException(
                        "migrations need the data source: use ShoppableVideos.over(DataSource)");
            }
            this.migrate = true;
            return this;
        }

        /** The wired library. */
        public ShoppableVideos build() {
            if (migrate) {
                Database.migrate(dataSource.orElseThrow());
            }
            var adapters = storage;
            if (products.isPresent()) {
                adapters = adapters.withProducts(products.get());
            }
            if (carts.isPresent()) {
                adapters = adapters.withCarts(carts.get());
            }
            var services = Wiring.of(adapters, clock, moderation, recommendation,
                    cursorSecret.orElseGet(Builder::randomSecret), feedStages);
            return new ShoppableVideos(services, authenticator);
        }

        private static String randomSecret() {
            var secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return HexFormat.of().formatHex(secret);
        }
    }
}
