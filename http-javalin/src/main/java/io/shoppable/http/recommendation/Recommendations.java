package io.shoppable.http.recommendation;

import io.shoppable.domain.content.VideoRepository;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.related.RelatedVideos;

import java.util.Objects;

/**
 * What the recommendation routes drive: the feed, related videos, and the videos port to load the
 * ranked ids whole for rendering.
 */
public record Recommendations(FeedService feed, RelatedVideos related, VideoRepository videos) {

    public Recommendations {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(videos, "videos");
    }
}
