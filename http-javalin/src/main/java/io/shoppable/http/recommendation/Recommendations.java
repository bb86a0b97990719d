package io.shoppable.http.recommendation;

import io.shoppable.domain.engagement.CardCache;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.feedback.FeedbackService;
import io.shoppable.recommendation.related.RelatedVideos;

import java.util.Objects;

/**
 * What the recommendation routes drive: the feed, related videos, "not interested" feedback, the cards the
 * ranked ids are rendered as, and the signer of feed cursors.
 */
public record Recommendations(FeedService feed, RelatedVideos related, CardCache cards,
                              FeedbackService feedback, FeedCursors cursors) {

    public Recommendations {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(cursors, "cursors");
    }
}
