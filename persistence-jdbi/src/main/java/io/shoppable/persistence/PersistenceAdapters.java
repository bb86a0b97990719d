package io.shoppable.persistence;

import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.engagement.CardBodies;
import io.shoppable.domain.engagement.CounterStore;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.ProductsFromCatalog;
import io.shoppable.domain.engagement.VideoStates;
import io.shoppable.domain.idempotency.IdempotencyStore;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.social.CommentRepository;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.social.ReportRepository;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.recommendation.feedback.NotInterestedStore;
import io.shoppable.recommendation.related.RelatedVideoSource;
import io.shoppable.recommendation.signals.SignalSource;
import io.shoppable.recommendation.trends.TrendStore;
import io.shoppable.persistence.catalog.JdbiCategoryRepository;
import io.shoppable.persistence.commerce.JdbiCartRepository;
import io.shoppable.persistence.content.JdbiVideoRepository;
import io.shoppable.persistence.creator.JdbiCreatorRepository;
import io.shoppable.persistence.engagement.JdbiCardBodies;
import io.shoppable.persistence.engagement.JdbiCounterStore;
import io.shoppable.persistence.engagement.JdbiEngagementRepository;
import io.shoppable.persistence.engagement.JdbiVideoStates;
import io.shoppable.persistence.idempotency.JdbiIdempotencyStore;
import io.shoppable.persistence.product.JdbiProductCatalog;
import io.shoppable.persistence.recommendation.JdbiNotInterestedStore;
import io.shoppable.persistence.recommendation.JdbiRelatedVideoSource;
import io.shoppable.persistence.recommendation.JdbiSignalSource;
import io.shoppable.persistence.recommendation.JdbiTrendStore;
import io.shoppable.persistence.social.JdbiCommentRepository;
import io.shoppable.persistence.social.JdbiFollowRepository;
import io.shoppable.persistence.social.JdbiReportRepository;
import io.shoppable.persistence.user.JdbiUserRepository;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;

/**
 * Every JDBI adapter over one database, so a composition root wires storage in one line:
 * {@code var storage = PersistenceAdapters.over(database.jdbi());}. A host that keeps some of this
 * elsewhere (its own product catalog or carts) takes the rest from here and plugs in its own.
 */
public record PersistenceAdapters(UserRepository users, CategoryRepository categories,
                                  CreatorRepository creators, ProductCatalog products, VideoRepository videos,
                                  EngagementRepository engagement, CartRepository carts,
                                  CommentRepository comments, ReportRepository reports, FollowRepository follows,
                                  Transactions tx, SignalSource signals, TrendStore trends,
                                  NotInterestedStore notInterested, CounterStore counters,
                                  IdempotencyStore idempotency, RelatedVideoSource related,
                                  VideoStates videoStates, CardBodies cardBodies) {

    /** The adapters over a PostgreSQL data source (a host's own pool), migrated by {@link Database#migrate}. */
    public static PersistenceAdapters over(DataSource dataSource) {
        return over(Database.jdbiOver(dataSource));
    }

    /** The adapters over {@code jdbi}; they share its connections and join each other's transactions. */
    public static PersistenceAdapters over(Jdbi jdbi) {
        return new PersistenceAdapters(new JdbiUserRepository(jdbi), new JdbiCategoryRepository(jdbi),
                new JdbiCreatorRepository(jdbi), new JdbiProductCatalog(jdbi), new JdbiVideoRepository(jdbi),
                new JdbiEngagementRepository(jdbi), new JdbiCartRepository(jdbi), new JdbiCommentRepository(jdbi),
                new JdbiReportRepository(jdbi), new JdbiFollowRepository(jdbi), new JdbiTransactions(jdbi),
                new JdbiSignalSource(jdbi), new JdbiTrendStore(jdbi), new JdbiNotInterestedStore(jdbi),
                new JdbiCounterStore(jdbi), new JdbiIdempotencyStore(jdbi), new JdbiRelatedVideoSource(jdbi),
                new JdbiVideoStates(jdbi), new JdbiCardBodies(jdbi));
    }

    /** The same adapters with the host's product catalog in place of ours. */
    public PersistenceAdapters withProducts(ProductCatalog catalog) {
        // Cards then read their products from the host's catalog too, in one more statement.
        return new PersistenceAdapters(users, categories, creators, catalog, videos, engagement, carts, comments,
                reports, follows, tx, signals, trends, notInterested, counters, idempotency, related,
                videoStates, new ProductsFromCatalog(cardBodies, catalog));
    }

    /** The same adapters with the host's carts in place of ours. */
    public PersistenceAdapters withCarts(CartRepository hostCarts) {
        return new PersistenceAdapters(users, categories, creators, products, videos, engagement, hostCarts, comments,
                reports, follows, tx, signals, trends, notInterested, counters, idempotency, related,
                videoStates, cardBodies);
    }
}
