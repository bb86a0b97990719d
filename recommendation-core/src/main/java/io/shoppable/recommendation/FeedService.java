package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.shared.RandomSource;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.SignalSource;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The personalised feed: reads the viewer's signals in one batch through {@link SignalSource} and lets
 * the {@link FeedEngine} rank them; a second batch, with the seen-again fallback, only when the page came out
 * short. The only place that reads the clock.
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
     * A page of the viewer's feed session. Without a cursor it is the first page, seeded for the viewer's
     * session and day; with one, the next page of that session: ranked with the session's seed and instant,
     * never repeating a video the session served, and the same page again for the same cursor and signals.
     *
     * @param limit the page size, capped at the configured maximum
     */
    public FeedPage feed(String viewerKey, Optional<UserId> user, Optional<CategoryId> category, int limit,
                         Optional<FeedCursor> cursor) {
        var now = clock.instant();
        int size = Math.min(Math.max(limit, 1), config.feed().maxLimit());
        var request = cursor.map(at -> new FeedRequest(viewerKey, user, size, at.page(), category, at.rankedAt(),
                        at.seed(), at.served(), at.tail()))
                .orElseGet(() -> new FeedRequest(viewerKey, user, size, category, now,
                        FeedRequest.dailySeed(viewerKey, now)));
        var query = query(request, now);
        var fresh = stages.run(FeedStages.Stage.LOAD_SIGNALS, () -> signals.load(query.withReseen(false)));
        var page = stages.run(FeedStages.Stage.RANK, () -> engine.rank(request, fresh));
        if (page.items().size() == size) {
            return page;
        }
        // Seen and own videos only fill a page that fresh candidates could not, so they are read only then: the
        // page is the same as if they had been read at once (decision D62).
        var all = stages.run(FeedStages.Stage.LOAD_SIGNALS, () -> signals.load(query.withReseen(true)));
        return stages.run(FeedStages.Stage.RANK, () -> engine.rank(request, all));
    }

    /** Signals are read as of {@code now}, so what the viewer did since the session began counts. */
    private SignalQuery query(FeedRequest request, Instant now) {
        var quality = config.quality();
        return new SignalQuery(request.viewerKey(), request.user(), request.category(), now,
                now.minus(config.profile().history()), now.minus(config.session().window()),
                config.profile().historyLimit(), config.pool().perSource(), config.profile().topCategories(),
                config.signals(), Set.copyOf(request.served()), now.minus(quality.seenWindow()), quality.seenLimit(),
                now.minus(quality.muteFor()).minus(quality.recoverOver()));
    }
}
