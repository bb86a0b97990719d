package io.shoppable.domain.content;

import io.shoppable.domain.shared.MediaRef;

import java.util.Objects;

/**
 * The main media of a piece of content, one variant per {@link ContentType}, so that "a VIDEO has a
 * video file" is a fact of the type rather than a check scattered over the code. A collection's
 * cover is its image file; its carousel items are stored beside it.
 */
public sealed interface Media {

    ContentType type();

    /** The single file that represents the content: the video, the image, or the cover image. */
    MediaRef file();

    record OfVideo(MediaRef file) implements Media {
        public OfVideo {
            Objects.requireNonNull(file, "video_file");
        }

        @Override
        public ContentType type() {
            return ContentType.VIDEO;
        }
    }

    record OfImage(MediaRef file) implements Media {
        public OfImage {
            Objects.requireNonNull(file, "image_file");
        }

        @Override
        public ContentType type() {
            return ContentType.IMAGE;
        }
    }

    record OfCollection(MediaRef file) implements Media {
        public OfCollection {
            Objects.requireNonNull(file, "image_file");
        }

        @Override
        public ContentType type() {
            return ContentType.COLLECTION;
        }
    }

    /** The variant for {@code type} around {@code file}. */
    static Media of(ContentType type, MediaRef file) {
        return switch (type) {
            case VIDEO -> new OfVideo(file);
            case IMAGE -> new OfImage(file);
            case COLLECTION -> new OfCollection(file);
        };
    }
}
