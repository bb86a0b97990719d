package io.shoppable.domain.content;

import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;
import java.util.Optional;

/**
 * What a member uploads: the stored main media, an optional thumbnail and the details. The owner is
 * not part of it; it is always the uploading member.
 */
public record VideoUpload(Media media, Optional<MediaRef> thumbnail, VideoDetails details) {

    public VideoUpload {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(details, "details");
    }
}
