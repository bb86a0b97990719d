package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks videos by likeness to a target: {@code sharedTag} points per shared tag plus {@code sameCategory}
 * points for the same category, then by trend score, then by id. Never the target itself.
 */
public final class MoreLikeThis {

    private final RecommendationConfig.Related config;

    public MoreLikeThis(RecommendationConfig.Related config) {
        this.config = config;
    }

    public String name() {
        return "more_like_this";
    }

    public List<VideoId> rank(VideoFacts target, List<VideoFacts> candidates) {
        return candidates.stream()
                .filter(video -> !video.id().equals(target.id()))
                .filter(video -> likeness(target, video) > 0)
                .distinct()
                .sorted(Comparator.comparingDouble((VideoFacts video) -> likeness(target, video)).reversed()
                        .thenComparing(Comparator.comparingDouble(VideoFacts::trendScore).reversed())
                        .thenComparingLong(video -> video.id().value()))
                .limit(config.limit())
                .map(VideoFacts::id)
                .toList();
    }

    /** Shared tags times the tag points, plus the category points when the categories are the same. */
    public double likeness(VideoFacts target, VideoFacts video) {
        long shared = video.tags().stream().filter(target.tags()::contains).count();
        return shared * config.sharedTag() + (video.category().equals(target.category()) ? config.sameCategory() : 0);
    }
}
