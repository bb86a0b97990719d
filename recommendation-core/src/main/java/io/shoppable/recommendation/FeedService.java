package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.shared.RandomSource;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.SignalSource;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The personalised feed: reads the viewer's signals in one batch through {@link SignalSource} and lets
 * the {@link FeedEngine} rank them. The only place that reads the clock.
 */
public final class FeedService {

    private final SignalSource signals;
    private final FeedEngine engine;
    private final RecommendationConfig config;
    private final Clock clock;
    private final FeedStages stages;

    public FeedService(SignalSource signals, RecommendationConfig config, RandomSource random, Clock clock) {
        this(signals, config, random, clock, FeedStages.NONE);
    }

    /** The same service with its stages watched, for timing them. */
    public FeedService(SignalSource signals, RecommendationConfig config, RandomSource random, Clock clock,
                       FeedStages stages) {
        this.signals = signals;
        this.engine = new FeedEngine(config, random);
        this.config = config;
        this.clock = clock;
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    /** The configured page sizes: default and maximum {@code limit}. */
    public RecommendationConfig.Feed limits() {
        return config.feed();
    }

    /**
     * A page of the viewer's feed. Without a cursor it is the first page, seeded for the viewer's session
     * and day; with one, the page the cursor names, ranked with the cursor's seed.
     *
     * @param limit the page size, capped at the configured maximum
     */
    public FeedPage feed(String viewerKey, Optional<UserId> user, Optional<CategoryId> category, int limit,
                         Optional<FeedCursor> cursor) {
        var now = clock.instant();
        var request = new FeedRequest(viewerKey, user, Math.min(Math.max(limit, 1), config.feed().maxLimit()),
                cursor.map(FeedCursor::page).orElse(0), category, now,
                cursor.map(FeedCursor::seed).orElseGet(() -> FeedRequest.dailySeed(viewerKey, now)));
        var loaded = stages.run(FeedStages.Stage.LOAD_SIGNALS, () -> signals.load(query(request)));
        return stages.run(FeedStages.Stage.RANK, () -> engine.rank(request, loaded));
    }

    private SignalQuery query(FeedRequest request) {
        return new SignalQuery(request.viewerKey(), request.user(), request.category(), request.now(),
                request.now().minus(config.profile().history()), request.now().minus(config.session().window()),
                config.profile().historyLimit(),
                config.pool().perSource(), config.profile().topCategories(), config.signals());
    }
}
