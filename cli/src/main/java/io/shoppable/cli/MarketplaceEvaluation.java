package io.shoppable.cli;

import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.persistence.evaluation.JdbiMarketplaceStore;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.evaluation.EvaluationRow;
import io.shoppable.recommendation.evaluation.MarketplaceGenerator;
import io.shoppable.recommendation.evaluation.MarketplaceStore;
import io.shoppable.recommendation.evaluation.OfflineEvaluation;
import io.shoppable.recommendation.trends.TrendService;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The offline evaluation (decision D44) over an empty, migrated database: generates the seeded marketplace,
 * stores it, recomputes trend scores, runs the real feed (damped and with the spec's engagement term) and
 * the three baselines, and measures them against the held-out future.
 */
final class MarketplaceEvaluation {

    /** The instant the generated history ends; fixed, so a seed always gives the same table. */
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final int HISTORY = 25;
    static final int HELD_OUT = 10;

    private MarketplaceEvaluation() {
    }

    /**
     * @param sessions how many shoppers' feed sessions are followed for 10 pages (repeats, diversity, shift)
     * @return the engine rows (damped first, then the spec's form), then random, most popular, newest
     */
    static List<EvaluationRow> run(Jdbi jdbi, int shoppers, long seed, int sessions, ProgressBar progress) {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var storage = PersistenceAdapters.over(jdbi);
        Wiring.of(storage, clock).categories().loadDefaults();
        var store = new JdbiMarketplaceStore(jdbi);
        var random = new SplittableRandomSource();
        var marketplace = new MarketplaceGenerator(random).generate(store.activeCategories(), shoppers, HISTORY,
                HELD_OUT, NOW, seed);
        var files = Collections.nCopies(marketplace.videos().size(), "images/evaluation.png");
        progress.total(MarketplaceStore.rows(marketplace));
        var ids = store.load(marketplace, files, progress::update);
        var config = RecommendationConfig.spec();
        new TrendService(storage.trends(), config, clock).recompute();
        var evaluation = new OfflineEvaluation(marketplace, ids, config.quality());
        var rows = new ArrayList<EvaluationRow>();
        var feeds = new ArrayList<FeedService>();
        for (var damping : List.of(RecommendationConfig.Damping.LOG, RecommendationConfig.Damping.SPEC)) {
            var feed = new FeedService(storage.signals(),
                    config.withQuality(config.quality().with(damping)), random, clock);
            feeds.add(feed);
            var label = damping == RecommendationConfig.Damping.LOG ? "engine (log damping)" : "engine (spec form)";
            rows.add(evaluation.engine(label, feed, sessions));
        }
        rows.add(evaluation.random(random, seed));
        rows.add(evaluation.mostPopular());
        rows.add(evaluation.newest());
        var shift = evaluation.sessionShift(feeds, store, sessions);
        for (int i = 0; i < feeds.size(); i++) {
            var row = rows.get(i);
            rows.set(i, new EvaluationRow(row.name(), row.ndcg10(), row.precision10(), row.recall20(), row.coverage(),
                    row.repeatRate(), row.diversityViolations(), shift.get(i)));
        }
        return rows;
    }
}
