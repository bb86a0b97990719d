package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;
import java.util.Optional;

/**
 * Videos related to a target: by content (more like this) and by behaviour (people also watched). The
 * caller has checked that the target is visible; each list is one or two bounded reads.
 */
public final class RelatedVideos {

    private final RelatedVideoSource source;
    private final RecommendationConfig.Related config;
    private final RelatedVideoSource.Similarity similarity;
    private final RelatedVideoSource.Engagement engagement;
    private final MoreLikeThis moreLikeThis;
    private final AlsoWatched alsoWatched;

    public RelatedVideos(RelatedVideoSource source, RecommendationConfig config) {
        this.source = source;
        this.config = config.related();
        this.similarity = new RelatedVideoSource.Similarity(this.config.perSlice(), this.config.sharedTag(),
                this.config.sameCategory(), this.config.limit());
        this.engagement = new RelatedVideoSource.Engagement(this.config.minWatchSeconds(), this.config.maxEngagers(),
                this.config.perEngager());
        this.moreLikeThis = new MoreLikeThis(this.config);
        this.alsoWatched = new AlsoWatched(this.config);
    }

    /**
     * The facts of {@code target} when it is visible to everyone, else empty (the caller then applies the
     * viewer's own rule: an owner or admin may still see it).
     */
    public Optional<VideoFacts> visibleTarget(VideoId target) {
        return source.visible(target);
    }

    /** At most the configured number of visible videos sharing tags or the category with {@code target}. */
    public List<VideoId> moreLikeThis(VideoFacts target) {
        return moreLikeThis.rank(target, source.similarTo(target, similarity));
    }

    /** At most the configured number of visible videos co-engaged with {@code target}, topped up by likeness. */
    public List<VideoId> alsoWatched(VideoFacts target) {
        var coEngaged = source.coEngaged(target.id(), engagement, config.limit());
        var fallback = coEngaged.size() >= config.limit() ? List.<VideoId>of() : moreLikeThis(target);
        return alsoWatched.rank(target.id(), coEngaged, fallback);
    }
}
