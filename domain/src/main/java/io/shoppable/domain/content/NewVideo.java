package io.shoppable.domain.content;

import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/** A piece of content about to be stored: its owner, its main media and its details. */
public record NewVideo(UserId owner, Media media, Optional<MediaRef> thumbnail, VideoDetails details) {

    public NewVideo {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(details, "details");
    }
}
