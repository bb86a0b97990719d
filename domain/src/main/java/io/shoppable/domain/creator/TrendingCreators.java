package io.shoppable.domain.creator;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks creators by a score of social proof, verification and recent follower growth:
 * <pre>
 * score = followers_w * ln(1 + followers) + views_w * ln(1 + views) + likes_w * ln(1 + recent_likes)
 *       + verified_w * (verified ? 1 : 0) + growth_w * new_follows / max(1, followers)
 * </pre>
 * Logarithms keep one huge account from drowning everything else; the growth term lets a small creator
 * who is gaining followers fast rise. Ties go to the older profile (lower id). No I/O, no clock.
 */
public final class TrendingCreators {

    private final TrendingConfig config;

    public TrendingCreators(TrendingConfig config) {
        this.config = config;
    }

    /** The score of one creator. */
    public double score(CreatorStats stats) {
        return config.followers() * Math.log1p(stats.followers())
                + config.views() * Math.log1p(stats.views())
                + config.likes() * Math.log1p(stats.recentLikes())
                + (stats.verified() ? config.verified() : 0)
                + config.growth() * stats.newFollows() / Math.max(1, stats.followers());
    }

    /** The best {@link TrendingConfig#size()} creators, best first. */
    public List<CreatorId> rank(List<CreatorStats> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparingDouble(this::score).reversed()
                        .thenComparingLong(stats -> stats.creator().value()))
                .limit(config.size())
                .map(CreatorStats::creator)
                .toList();
    }
}
