package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Ranks videos by likeness to a target: {@code sharedTag} points per shared tag plus {@code sameCategory}
 * points for the same category, then by trend score, then by id. Never the target itself.
 */
public final class MoreLikeThis {

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::likeness).reversed()
            .thenComparing(Comparator.comparingDouble((Scored candidate) -> candidate.video().trendScore()).reversed())
            .thenComparingLong(candidate -> candidate.video().id().value());

    private final RecommendationConfig.Related config;

    public MoreLikeThis(RecommendationConfig.Related config) {
        this.config = config;
    }

    public String name() {
        return "more_like_this";
    }

    public List<VideoId> rank(VideoFacts target, List<VideoFacts> candidates) {
        var tags = Set.copyOf(target.tags());
        // each candidate scored once (by id: a video proposed twice counts once), then sorted by its score
        var scored = new LinkedHashMap<VideoId, Scored>();
        for (var video : candidates) {
            double likeness = likeness(tags, target, video);
            if (likeness > 0 && !video.id().equals(target.id())) {
                scored.putIfAbsent(video.id(), new Scored(video, likeness));
            }
        }
        return scored.values().stream()
                .sorted(BEST_FIRST)
                .limit(config.limit())
                .map(candidate -> candidate.video().id())
                .toList();
    }

    /** Shared tags times the tag points, plus the category points when the categories are the same. */
    public double likeness(VideoFacts target, VideoFacts video) {
        return likeness(Set.copyOf(target.tags()), target, video);
    }

    private double likeness(Set<String> targetTags, VideoFacts target, VideoFacts video) {
        int shared = 0;
        for (var tag : video.tags()) {
            if (targetTags.contains(tag)) {
                shared++;
            }
        }
        return shared * config.sharedTag() + (video.category().equals(target.category()) ? config.sameCategory() : 0);
    }

    private record Scored(VideoFacts video, double likeness) {
    }
}
