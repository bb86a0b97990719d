package io.shoppable.recommendation.signals;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know about a video: where it is filed, its tags, its counters and its age.
 * Much smaller than a {@link Video}, so a feed can weigh a hundred of them cheaply.
 */
public record VideoFacts(VideoId id, UserId owner, CategoryId category, List<String> tags, long views, long likes,
                         long shares, double trendScore, Instant createdAt) {

    public VideoFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(createdAt, "createdAt");
        tags = List.copyOf(tags);
        if (views < 0 || likes < 0 || shares < 0 || !(trendScore >= 0)) {
            throw new IllegalArgumentException("counters and trend score are never negative");
        }
    }

    /** The facts of a stored video. */
    public static VideoFacts of(Video video) {
        return new VideoFacts(video.id(), video.owner(), video.details().category(), video.details().tags().values(),
                video.stats().views(), video.stats().likes(), video.stats().shares(), video.trendScore(),
                video.createdAt());
    }
}
