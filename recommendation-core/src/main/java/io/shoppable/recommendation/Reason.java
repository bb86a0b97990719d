package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One human reason a video is in the feed; the adapter words it ("You liked 3 videos in Fashion &amp; Style").
 *
 * @param count    for {@link Kind#LIKED_IN_CATEGORY}: how many videos of the category the viewer liked
 * @param category for the category reasons: which category
 * @param tags     for {@link Kind#SHARES_TAGS}: the matched tags
 */
public record Reason(Kind kind, int count, Optional<CategoryId> category, List<String> tags) {

    /** What a reason says. */
    public enum Kind {
        /** The viewer liked {@code count} videos in the video's category. */
        LIKED_IN_CATEGORY,
        /** The video's category is one the viewer engages with (without likes). */
        INTERESTED_IN_CATEGORY,
        /** The viewer just browsed this category (the session boost). */
        BROWSING_CATEGORY,
        /** The video shares tags with what the viewer engaged with. */
        SHARES_TAGS,
        /** The viewer follows its creator. */
        FOLLOWED_CREATOR,
        /** It is trending. */
        TRENDING,
        /** It was uploaded within the freshness window. */
        NEW,
        /** Something outside the viewer's usual interests. */
        DISCOVERY,
        /** The viewer saw it before; it is back because everything unseen was shown. */
        SEEN_BEFORE
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    public static Reason of(Kind kind) {
        return new Reason(kind, 0, Optional.empty(), List.of());
    }

    public static Reason category(Kind kind, CategoryId category, int count) {
        return new Reason(kind, count, Optional.of(category), List.of());
    }

    public static Reason tags(List<String> tags) {
        return new Reason(Kind.SHARES_TAGS, 0, Optional.empty(), tags);
    }
}
