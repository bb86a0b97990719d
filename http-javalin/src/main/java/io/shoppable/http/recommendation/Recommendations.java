package io.shoppable.http.recommendation;

import io.shoppable.domain.content.VideoRepository;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.feedback.FeedbackService;
import io.shoppable.recommendation.related.RelatedVideos;

import java.util.Objects;

/**
 * What the recommendation routes drive: the feed, related videos, "not interested" feedback, the videos
 * port to load the ranked ids whole for rendering, and the signer of feed cursors.
 */
public record Recommendations(FeedService feed, RelatedVideos related, VideoRepository videos,
                              FeedbackService feedback, FeedCursors cursors) {

    public Recommendations {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(cursors, "cursors");
    }
}
