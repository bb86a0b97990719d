package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.signals.CoEngagement;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;
import java.util.Optional;

/**
 * The port through which more-like-this and also-watched read their candidates. Each method is one read
 * whose work is bounded by its arguments, never by the size of the catalogue; every video it returns is
 * visible.
 */
public interface RelatedVideoSource {

    /**
     * The facts of {@code video} when it is visible to everyone (decision D41), else empty: the one read a
     * related list needs about its target in the common case.
     */
    Optional<VideoFacts> visible(VideoId video);

    /**
     * Visible videos other than {@code target} from slices of at most {@code similarity.perSlice()} videos each:
     * for each of its tags, the newest carrying the tag in the target's category and the newest carrying it
     * anywhere; and the hottest (by trend score) of its category. A source may return only the
     * {@code similarity.best()} of them that {@link MoreLikeThis} ranks first (likeness, then trend score, then
     * id), since ranking those gives the same list as ranking them all; the order it returns them in is not
     * part of the contract. {@code target} is a stored video, so a source may read its tags and category
     * from storage.
     */
    List<VideoFacts> similarTo(VideoFacts target, Similarity similarity);

    /**
     * Visible videos other than {@code target} that people who engaged with {@code target} also engaged
     * with (watched at least {@code minWatchSeconds}, liked, saved, added to cart), with the number of such
     * people, most people first, at most {@code limit}. Reads at most the {@code maxEngagers} people who
     * engaged with {@code target} most recently and, of each, at most the {@code perEngager} newest likes,
     * saves and logged events.
     */
    List<CoEngagement> coEngaged(VideoId target, Engagement engagement, int limit);

    /**
     * How more-like-this reads candidates: slices of at most {@code perSlice} videos, a likeness of
     * {@code sharedTag} points per shared tag plus {@code sameCategory} for the same category, and the
     * {@code best} of them wanted.
     */
    record Similarity(int perSlice, double sharedTag, double sameCategory, int best) {

        public Similarity {
            if (perSlice < 1 || best < 1 || !(sharedTag >= 0) || !(sameCategory >= 0)) {
                throw new IllegalArgumentException("bounds must be positive, the points not negative");
            }
        }
    }

    /**
     * How also-watched reads engagement: a watch counts from {@code minWatchSeconds}; at most
     * {@code maxEngagers} people and {@code perEngager} rows of each kind per person are read.
     */
    record Engagement(double minWatchSeconds, int maxEngagers, int perEngager) {

        public Engagement {
            if (!(minWatchSeconds >= 0) || maxEngagers < 1 || perEngager < 1) {
                throw new IllegalArgumentException("minWatchSeconds must not be negative, the bounds positive");
            }
        }
    }
}
