package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

import java.util.Arrays;
import java.util.Locale;

/** What a piece of content is: one video, one image, or a carousel of images and videos. */
public enum ContentType {
    VIDEO, IMAGE, COLLECTION;

    /** Parses the wire name ({@code VIDEO}, {@code video}); anything else is {@code Invalid}. */
    public static ContentType fromUser(String raw) {
        var name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> Invalid.field("content_type", "must be one of VIDEO, IMAGE, COLLECTION"));
    }
}
