package io.shoppable.recommendation.trends;

import io.shoppable.recommendation.RecommendationConfig;

import java.time.Clock;

/** Recomputes every video's trend score from recent engagement: one streamed read, one write. */
public final class TrendService {

    private final TrendStore store;
    private final TrendCalculator calculator;
    private final Clock clock;

    public TrendService(TrendStore store, RecommendationConfig config, Clock clock) {
        this.store = store;
        this.calculator = new TrendCalculator(config.trends());
        this.clock = clock;
    }

    /** Recomputes and stores the scores; says how many videos trend and how many scores changed. */
    public TrendSummary recompute() {
        var now = clock.instant();
        var tally = calculator.tally(now);
        store.engagementSince(calculator.windowStart(now), tally::add);
        var scores = tally.scores();
        int changed = store.replaceScores(scores);
        return new TrendSummary(scores.size(), changed);
    }

    /** The outcome of one recomputation. */
    public record TrendSummary(int trending, int changed) {
    }
}
