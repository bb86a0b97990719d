package io.shoppable.http.recommendation;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.recommendation.FeedCursor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The feed's opaque {@code cursor}: the page number and the ranking seed, base64url-encoded. Clients pass
 * it back unchanged; its content may change between versions.
 */
final class FeedCursors {

    private static final String PREFIX = "f:";

    private FeedCursors() {
    }

    static String encode(FeedCursor cursor) {
        var text = PREFIX + cursor.page() + ":" + cursor.seed();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** No cursor is the first page; anything this service did not give out is a 400. */
    static Optional<FeedCursor> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                var parts = text.substring(PREFIX.length()).split(":", -1);
                if (parts.length == 2) {
                    int page = Integer.parseInt(parts[0]);
                    if (page >= 0) {
                        return Optional.of(new FeedCursor(page, Long.parseLong(parts[1])));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not numbers: reported below
        }
        throw Invalid.field("cursor", "is not a cursor this service gave out");
    }
}
