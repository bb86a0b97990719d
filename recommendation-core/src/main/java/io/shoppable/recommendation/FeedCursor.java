package io.shoppable.recommendation;

/**
 * Where a feed continues: the page number and the seed the first page was ranked with, so the next page
 * comes from the same ranking. Pages are re-ranked on every request, so a page may repeat a video when
 * the viewer's signals changed in between.
 */
public record FeedCursor(int page, long seed) {

    public FeedCursor {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
    }

    public FeedCursor next() {
        return new FeedCursor(page + 1, seed);
    }
}
