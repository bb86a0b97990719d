package io.shoppable.recommendation;

import io.shoppable.recommendation.signals.Dismissal;
import io.shoppable.recommendation.signals.VideoFacts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Not interested": a dismissed video's creator and category are filtered out for {@code muteFor}, then
 * recover linearly over {@code recoverOver}. The dismissed video itself never comes back (the signal
 * source never proposes it).
 */
final class NegativeFeedback {

    private final List<Dismissal> dismissals;
    private final Duration muteFor;
    private final Duration recoverOver;
    private final Instant now;

    NegativeFeedback(List<Dismissal> dismissals, RecommendationConfig.Quality quality, Instant now) {
        this.dismissals = List.copyOf(dismissals);
        this.muteFor = quality.muteFor();
        this.recoverOver = quality.recoverOver();
        this.now = now;
    }

    /**
     * How much of its score {@code video} keeps: 0 while its creator or category is muted (filtered out),
     * rising linearly to 1 over the recovery period; the lowest over every matching dismissal.
     */
    double factor(VideoFacts video) {
        double factor = 1.0;
        for (var dismissal : dismissals) {
            if (dismissal.video().id().equals(video.id())) {
                return 0;
            }
            if (dismissal.video().owner().equals(video.owner())
                    || dismissal.video().category().equals(video.category())) {
                factor = Math.min(factor, recovery(dismissal.at()));
            }
        }
        return factor;
    }

    private double recovery(Instant at) {
        var age = Duration.between(at, now);
        if (age.compareTo(muteFor) < 0) {
            return 0;
        }
        double recovered = (double) age.minus(muteFor).toMillis() / recoverOver.toMillis();
        return Math.min(1.0, recovered);
    }
}
