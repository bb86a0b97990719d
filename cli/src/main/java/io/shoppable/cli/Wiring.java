package io.shoppable.cli;

import io.shoppable.domain.catalog.CachingCategories;
import io.shoppable.domain.catalog.CategoryService;
import io.shoppable.domain.commerce.CartService;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorDirectory;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.creator.TrendingConfig;
import io.shoppable.domain.engagement.CardCache;
import io.shoppable.domain.engagement.CounterBuffer;
import io.shoppable.domain.engagement.EngagementService;
import io.shoppable.domain.engagement.VideoCards;
import io.shoppable.domain.engagement.ViewTargets;
import io.shoppable.domain.idempotency.IdempotencyService;
import io.shoppable.domain.product.ProductService;
import io.shoppable.domain.social.CommentService;
import io.shoppable.domain.social.FollowService;
import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.domain.social.ReportService;
import io.shoppable.domain.user.UserService;
import io.shoppable.http.Api;
import io.shoppable.http.Authenticator;
import io.shoppable.http.Identity;
import io.shoppable.http.UploadLimits;
import io.shoppable.http.recommendation.FeedCursors;
import io.shoppable.http.recommendation.Recommendations;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.FeedStages;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.feedback.FeedbackService;
import io.shoppable.recommendation.related.RelatedVideos;
import io.shoppable.recommendation.trends.TrendService;

import java.time.Clock;

/**
 * The composition root: the one place that calls {@code new} on adapters and hands them to the
 * services through their constructors. A host that embeds the library writes the same lines with its
 * own {@code DataSource}, clock and, if it likes, its own product catalog and cart.
 */
public record Wiring(CategoryService categories, UserService users, ProductService products, VideoService videos,
                     VideoCards cards, EngagementService engagement, CartService carts, Api.Social social,
                     Recommendations recommendations, TrendService trends,
                     IdempotencyService idempotency) {

    /** The services with the documented defaults of every configuration record. */
    public static Wiring of(PersistenceAdapters storage, Clock clock) {
        return of(storage, clock, ModerationConfig.defaults(), RecommendationConfig.spec());
    }

    /**
     * The services with moderation and recommendation settings other than the defaults; feed cursors are
     * signed with a secret random to this process, so they hold on one node only.
     */
    public static Wiring of(PersistenceAdapters storage, Clock clock, ModerationConfig moderation,
                            RecommendationConfig recommendation) {
        return ShoppableVideos.over(storage).clock(clock).moderation(moderation).recommendation(recommendation)
                .build().services();
    }

    /**
     * The services as {@code serve} wires them: feed cursors are signed with {@code cursorSecret}, which every
     * node of a deployment shares (the JWT secret), so any node continues any feed session; the feed's
     * stages are watched by {@code stages} (the metrics adapter times them).
     */
    public static Wiring of(PersistenceAdapters storage, Clock clock, ModerationConfig moderation,
                            RecommendationConfig recommendation, String cursorSecret, FeedStages stages) {
        var tx = storage.tx();
        // Writes through these two forget what views remember of the videos they change (D66).
        var viewTargets = new ViewTargets(storage.videos(), ViewTargets.DEFAULT_TTL, clock);
        var videoStore = viewTargets.watching(storage.videos());
        var categories = new CachingCategories(viewTargets.watching(storage.categories()),
                CachingCategories.DEFAULT_TTL, clock);
        var creators = new CreatorService(storage.creators(), tx, clock);
        // Visibility and cards read categories fresh; writes go through the cache so this node sees them at once.
        var videos = new VideoService(videoStore, storage.categories(), storage.products(), creators,
                storage.creators(), tx, clock);
        var users = new UserService(storage.users(), tx, clock);
        var counters = new CounterBuffer(CounterBuffer.DEFAULT_DEDUPE_WINDOW);
        var social = new Api.Social(users, creators,
                new CreatorDirectory(storage.creators(), storage.users(), TrendingConfig.defaults(), clock),
                new FollowService(storage.users(), storage.follows(), storage.creators(), tx, clock),
                new CommentService(videos, storage.comments(), tx, clock),
                new ReportService(videos, videoStore, storage.reports(), moderation, tx, clock));
        var cards = new VideoCards(storage.cardBodies(), storage.engagement(), counters);
        return new Wiring(
                new CategoryService(categories, tx),
                users,
                new ProductService(storage.products(), tx),
                videos,
                cards,
                new EngagementService(videos, storage.engagement(), viewTargets, counters, storage.counters(), tx,
                        clock),
                new CartService(videos, storage.products(), storage.carts(), storage.engagement(), tx, clock),
                social,
                new Recommendations(
                        new FeedService(storage.signals(), recommendation, new SplittableRandomSource(), clock,
                                stages),
                        new RelatedVideos(storage.related(), recommendation),
                        new CardCache(storage.cardBodies(), storage.videoStates(), counters, CardCache.DEFAULT_TTL,
                                CardCache.DEFAULT_MAX_CARDS, clock),
                        new FeedbackService(storage.notInterested(), clock), new FeedCursors(cursorSecret)),
                new TrendService(storage.trends(), recommendation, clock),
                new IdempotencyService(storage.idempotency(), clock));
    }

    /** What the REST API drives, with the given identity scheme and media storage. */
    public Api api(Authenticator authenticator, MediaStorage media, UploadLimits limits) {
        return new Api(new Identity(authenticator, users), categories, products, videos, cards, engagement, carts,
                media, limits, social, recommendations, idempotency);
    }
}
