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
        var raw = new HashMap<VideoId, Double>();
        var start = windowStart(now);
        for (var count : counts) {
            // an hour counts when it overlaps the window; the store already read only events inside it
            if (!count.hour().plus(Duration.ofHours(1)).isAfter(start) || count.hour().isAfter(now)) {
                continue;
            }
            var middle = count.hour().plus(Duration.ofMinutes(30));
            double ageHours = Math.max(0, Duration.between(middle, now).toSeconds() / 3600.0);
            double halfLives = ageHours / (config.halfLife().toSeconds() / 3600.0);
            raw.merge(count.video(), weight(count.kind()) * count.count() * Math.pow(0.5, halfLives), Double::sum);
        }
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        var scores = new HashMap<VideoId, Double>();
        if (max > 0) {
            raw.forEach((video, value) -> {
                if (value > 0) {
                    scores.put(video, value / max);
                }
            });
        }
        return scores;
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
