package io.shoppable.persistence;

/**
 * The one definition of a video anyone may see (decision D41), shared by every query that lists or
 * recommends videos: active, not hidden by moderation, in an active category, and its primary product
 * active and in stock. {@code VideoService.requireVisible} applies the same rule to one video.
 */
public final class Visibility {

    /**
     * A condition on a video aliased {@code v}, in parentheses; it joins nothing, so it fits any query.
     * The category and product are primary-key lookups.
     */
    public static final String VIDEO = """
            (v.is_active AND NOT v.is_hidden
             AND EXISTS (SELECT 1 FROM video_categories vc WHERE vc.id = v.category_id AND vc.is_active)
             AND EXISTS (SELECT 1 FROM products vp WHERE vp.id = v.product_id AND vp.is_active AND vp.stock > 0))""";

    private Visibility() {
    }
}
