package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.CoEngagement;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * "People also watched": the videos engaged with by the people who engaged with a target, most people
 * first, then by trend score, then by id. When fewer than the limit are known, more-like-this fills the
 * rest, so a new or niche video still gets a useful list.
 */
public final class AlsoWatched {

    private final RecommendationConfig.Related config;

    public AlsoWatched(RecommendationConfig.Related config) {
        this.config = config;
    }

    public String name() {
        return "also_watched";
    }

    public List<VideoId> rank(VideoId target, List<CoEngagement> coEngaged, List<VideoId> moreLikeThis) {
        var result = new LinkedHashSet<VideoId>();
        coEngaged.stream()
                .filter(entry -> !entry.video().id().equals(target))
                .sorted(Comparator.comparingLong(CoEngagement::people).reversed()
                        .thenComparing(Comparator.comparingDouble((CoEngagement entry) -> entry.video().trendScore())
                                .reversed())
                        .thenComparingLong(entry -> entry.video().id().value()))
                .limit(config.limit())
                .forEach(entry -> result.add(entry.video().id()));
        for (var id : moreLikeThis) {
            if (result.size() >= config.limit()) {
                break;
            }
            if (!id.equals(target)) {
                result.add(id);
            }
        }
        return List.copyOf(result);
    }
}
