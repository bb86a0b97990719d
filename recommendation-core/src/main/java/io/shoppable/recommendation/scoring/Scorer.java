package io.shoppable.recommendation.scoring;

import io.shoppable.domain.shared.RandomSource;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.candidates.Candidate;
import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.VideoFacts;

import java.time.Duration;
import java.time.Instant;

/**
 * Stage 3: scores a candidate against a profile with the spec's formula. A category "matches" when it
 * is one of the profile's matched categories (top categories plus session categories) and is multiplied
 * by the session boost when touched in this session; each of the video's tags among the profile's
 * matched tags adds the tag points. The random term is drawn from a generator seeded with the request
 * seed and the video id, so a video keeps its draw wherever it sits in the pool.
 */
public final class Scorer {

    private final RecommendationConfig.Scoring scoring;
    private final double sessionBoost;
    private final RandomSource random;
    private final RecommendationConfig.Damping damping;

    public Scorer(RecommendationConfig config, RandomSource random) {
        this.scoring = config.scoring();
        this.damping = config.quality().damping();
        this.sessionBoost = config.session().boost();
        this.random = random;
    }

    public String name() {
        return "scoring";
    }

    public ScoredCandidate score(Candidate candidate, UserProfile profile, Instant now, long seed) {
        var video = candidate.video();
        var breakdown = new ScoreBreakdown(category(video, profile), tags(video, profile), engagement(video),
                trend(video), random(video, seed), freshness(video, now));
        boolean personal = breakdown.matchesInterests() || profile.follows(video.owner());
        return new ScoredCandidate(candidate, breakdown, personal, isFresh(video, now));
    }

    double category(VideoFacts video, UserProfile profile) {
        if (!profile.matchedCategories().contains(video.category())) {
            return 0;
        }
        return scoring.categoryMatch() * (profile.session().touched(video.category()) ? sessionBoost : 1.0);
    }

    double tags(VideoFacts video, UserProfile profile) {
        var matched = profile.matchedTags();
        int matches = 0;
        for (var tag : video.tags()) {
            if (matched.contains(tag)) {
                matches++;
            }
        }
        return scoring.tagMatch() * matches;
    }

    double engagement(VideoFacts video) {
        return damping.apply(scoring.viewWeight() * video.views() + scoring.likeWeight() * video.likes()
                + scoring.shareWeight() * video.shares());
    }

    double trend(VideoFacts video) {
        return scoring.trendWeight() * video.trendScore();
    }

    double random(VideoFacts video, long seed) {
        return random.seeded(mix(seed, video.id().value())).nextDouble() * scoring.maxRandom();
    }

    double freshness(VideoFacts video, Instant now) {
        return isFresh(video, now) ? scoring.freshnessBonus() : 0;
    }

    private boolean isFresh(VideoFacts video, Instant now) {
        var age = Duration.between(video.createdAt(), now);
        return age.compareTo(scoring.freshWindow()) < 0;
    }

    /** Combines the request seed and a video id into one well-spread seed (the SplitMix64 finaliser). */
    static long mix(long seed, long videoId) {
        long z = seed + 0x9E3779B97F4A7C15L * (videoId + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
