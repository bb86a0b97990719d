package io.shoppable.recommendation.feedback;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;

/** Where "not interested" feedback is kept: at most one per user and video. */
public interface NotInterestedStore {

    /** Records that {@code user} is not interested in {@code video}; again keeps the first time. */
    void add(UserId user, VideoId video, Instant at);

    /** Forgets it; nothing happens when there was none. */
    void remove(UserId user, VideoId video);
}
