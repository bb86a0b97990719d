package io.shoppable.http;

import io.shoppable.domain.shared.Invalid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of the feed's next-page link. Clients pass it back unchanged; its content
 * may change between versions.
 */
public final class FeedCursor {

    private static final String PREFIX = "o:";

    private FeedCursor() {
    }

    public static String of(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; no cursor is the start; anything unreadable is a 400. */
    public static long offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long offset = Long.parseLong(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: reported below
        }
        throw Invalid.field("cursor", "is not a cursor this service gave out");
    }
}
