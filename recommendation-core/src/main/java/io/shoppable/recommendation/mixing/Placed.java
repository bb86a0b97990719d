package io.shoppable.recommendation.mixing;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.util.Objects;

/** A video already placed in the feed, as the diversity rules see it: who made it and where it is filed. */
public record Placed(VideoId video, UserId creator, CategoryId category) {

    public Placed {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(category, "category");
    }
}
