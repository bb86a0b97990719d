package io.shoppable.recommendation.feedback;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Clock;
import java.util.Objects;

/**
 * Negative feedback on the feed: "not interested" in a video hides it for good and mutes its creator and
 * category for a while (the engine's {@code NegativeFeedback} applies it); undo forgets it. Each use case
 * is one statement, so one transaction.
 */
public final class FeedbackService {

    private final NotInterestedStore store;
    private final Clock clock;

    public FeedbackService(NotInterestedStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code user} is not interested in {@code video}; idempotent, the first time counts. */
    public void notInterested(UserId user, VideoId video) {
        store.add(user, video, clock.instant());
    }

    /** Undoes {@link #notInterested}; idempotent. */
    public void undoNotInterested(UserId user, VideoId video) {
        store.remove(user, video);
    }
}
