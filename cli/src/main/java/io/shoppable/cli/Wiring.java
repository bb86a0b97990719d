package io.shoppable.cli;

import io.shoppable.domain.catalog.CategoryService;
import io.shoppable.domain.commerce.CartService;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.engagement.EngagementService;
import io.shoppable.domain.engagement.VideoCards;
import io.shoppable.domain.product.ProductService;
import io.shoppable.domain.user.UserService;
import io.shoppable.http.Api;
import io.shoppable.http.Authenticator;
import io.shoppable.http.Identity;
import io.shoppable.http.UploadLimits;
import io.shoppable.http.recommendation.Recommendations;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.related.RelatedVideos;
import io.shoppable.recommendation.trends.TrendService;

import java.time.Clock;

/**
 * The composition root: the one place that calls {@code new} on adapters and hands them to the
 * services through their constructors. A host that embeds the library writes the same lines with its
 * own {@code DataSource}, clock and, if it likes, its own product catalog and cart.
 */
public record Wiring(CategoryService categories, UserService users, ProductService products, VideoService videos,
              VideoCards cards, EngagementService engagement, CartService carts, Recommendations recommendations,
              TrendService trends) {

    public static Wiring of(PersistenceAdapters storage, Clock clock) {
        return of(storage, clock, RecommendationConfig.spec());
    }

    /** The same with recommendation settings other than the spec's. */
    public static Wiring of(PersistenceAdapters storage, Clock clock, RecommendationConfig recommendation) {
        var tx = storage.tx();
        var creators = new CreatorService(storage.creators(), tx, clock);
        var videos = new VideoService(storage.videos(), storage.categories(), storage.products(), creators,
                storage.creators(), tx, clock);
        return new Wiring(
                new CategoryService(storage.categories(), tx),
                new UserService(storage.users(), tx, clock),
                new ProductService(storage.products(), tx),
                videos,
                new VideoCards(storage.categories(), storage.products(), storage.creators(), storage.engagement()),
                new EngagementService(videos, storage.videos(), storage.creators(), storage.engagement(), tx, clock),
                new CartService(videos, storage.products(), storage.carts(), storage.engagement(), tx, clock),
                new Recommendations(
                        new FeedService(storage.signals(), recommendation, new SplittableRandomSource(), clock),
                        new RelatedVideos(storage.signals(), recommendation), storage.videos()),
                new TrendService(storage.trends(), recommendation, clock));
    }

    /** What the REST API drives, with the given identity scheme and media storage. */
    public Api api(Authenticator authenticator, MediaStorage media, UploadLimits limits) {
        return new Api(new Identity(authenticator, users), categories, products, videos, cards, engagement, carts,
                media, limits, recommendations);
    }
}
