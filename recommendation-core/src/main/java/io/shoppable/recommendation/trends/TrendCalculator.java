package io.shoppable.recommendation.trends;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend score: a time-decayed engagement velocity. Each event in the window counts its kind's
 * weight times {@code 0.5 ^ (age / halfLife)} (an hour's events are aged from the middle of the hour);
 * the sums are divided by the largest, so the hottest video scores 1 and a video without recent
 * engagement 0.
 */
public final class TrendCalculator {

    private final RecommendationConfig.Trends config;

    public TrendCalculator(RecommendationConfig.Trends config) {
        this.config = config;
    }

    public String name() {
        return "trends";
    }

    /** When the window of a computation at {@code now} starts. */
    public Instant windowStart(Instant now) {
        return now.minus(config.window());
    }

    /** Scores in 0..1 for the videos with engagement in the window; others are absent (and score 0). */
    public Map<VideoId, Double> scores(List<EngagementCount> counts, Instant now) {
        var tally = tally(now);
        counts.forEach(tally::add);
        return tally.scores();
    }

    /** A computation at {@code now} that takes the counts one at a time, so they need not be held together. */
    public Tally tally(Instant now) {
        return new Tally(now);
    }

    /** The decayed sums per video so far; not thread-safe. */
    public final class Tally {

        private final Instant now;
        private final Instant start;
        private final Map<VideoId, Double> raw = new HashMap<>();

        private Tally(Instant now) {
            this.now = now;
            this.start = windowStart(now);
        }

        public void add(EngagementCount count) {
            // an hour counts when it overlaps the window; the store already read only events inside it
            if (!count.hour().plus(Duration.ofHours(1)).isAfter(start) || count.hour().isAfter(now)) {
                return;
            }
            var middle = count.hour().plus(Duration.ofMinutes(30));
            double ageHours = Math.max(0, Duration.between(middle, now).toSeconds() / 3600.0);
            double halfLives = ageHours / (config.halfLife().toSeconds() / 3600.0);
            raw.merge(count.video(), weight(count.kind()) * count.count() * Math.pow(0.5, halfLives), Double::sum);
        }

        /** Scores in 0..1 for the videos with engagement in the window; others are absent (and score 0). */
        public Map<VideoId, Double> scores() {
            double max = 0;
            for (double value : raw.values()) {
                max = Math.max(max, value);
            }
            var scores = new HashMap<VideoId, Double>();
            if (max > 0) {
                for (var entry : raw.entrySet()) {
                    if (entry.getValue() > 0) {
                        scores.put(entry.getKey(), entry.getValue() / max);
                    }
                }
            }
            return scores;
        }
    }

    public double weight(TrendEvent kind) {
        return switch (kind) {
            case VIEW -> config.view();
            case LIKE -> config.like();
            case SAVE -> config.save();
            case SHARE -> config.share();
            case ADD_TO_CART -> config.addToCart();
        };
    }
}
