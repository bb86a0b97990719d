package io.shoppable.http.recommendation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shoppable.http.content.VideoJson;
import io.shoppable.recommendation.RankedVideo;
import io.shoppable.recommendation.Reason;
import io.shoppable.recommendation.signals.SourceKind;

import java.util.List;
import java.util.Map;

/**
 * A feed item with {@code ?explain=true}: the video's usual keys plus {@code explain}: the bucket it fills,
 * the sources that proposed it, each score term and the total, and human reasons.
 */
record ExplainJson(@JsonUnwrapped VideoJson video, Explain explain) {

    /** The {@code explain} object. */
    record Explain(String bucket, List<String> sources, Score score, List<String> reasons) {

        static Explain of(RankedVideo item, String categoryName) {
            var s = item.score();
            return new Explain(item.slot().label(), item.sources().stream().sorted().map(SourceKind::label).toList(),
                    new Score(round(s.category()), round(s.tags()), round(s.engagement()), round(s.trend()),
                            round(s.random()), round(s.freshness()), round(s.feedback()), round(s.total())),
                    item.reasons().stream().map(reason -> words(reason, categoryName)).toList());
        }
    }

    /** Each score term and their sum. */
    record Score(double category, double tags, double engagement, double trend, double random, double freshness,
                 double feedback, double total) {
    }

    private static final Map<Reason.Kind, String> FIXED = Map.of(
            Reason.Kind.FOLLOWED_CREATOR, "From a creator you follow",
            Reason.Kind.TRENDING, "Trending now",
            Reason.Kind.NEW, "New",
            Reason.Kind.DISCOVERY, "Something new to discover",
            Reason.Kind.SEEN_BEFORE, "You saw this before; you've seen everything newer");

    static String words(Reason reason, String categoryName) {
        return switch (reason.kind()) {
            case LIKED_IN_CATEGORY -> "You liked " + reason.count() + (reason.count() == 1 ? " video" : " videos")
                    + " in " + categoryName;
            case INTERESTED_IN_CATEGORY -> "You're into " + categoryName;
            case BROWSING_CATEGORY -> "You're browsing " + categoryName + " right now";
            case SHARES_TAGS -> "Tagged " + String.join(", ", reason.tags().stream().map(tag -> "#" + tag).toList());
            default -> FIXED.get(reason.kind());
        };
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
