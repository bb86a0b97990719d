package io.shoppable.recommendation.signals;

import io.shoppable.domain.content.VideoId;

import java.util.List;

/**
 * The port through which the engine reads everything it ranks. Every method is one bounded batch read;
 * every video it returns is visible (active, in an active category), except the videos events refer to,
 * which count for the profile whatever became of them.
 */
public interface SignalSource {

    /** The viewer's events, follows and each source's proposals for one feed request, in one batch. */
    Signals load(SignalQuery query);

    /**
     * Visible videos other than {@code target} that share at least one tag or its category, at most
     * {@code bound}, in no particular order.
     */
    List<VideoFacts> similarTo(VideoFacts target, int bound);

    /**
     * Visible videos other than {@code target} that people who engaged with {@code target} also engaged
     * with (watched at least {@code minWatchSeconds}, liked, saved, added to cart), with the number of
     * such people; reads at most {@code maxEngagers} people and returns at most {@code limit} videos,
     * most people first.
     */
    List<CoEngagement> coEngaged(VideoId target, double minWatchSeconds, int maxEngagers, int limit);
}
