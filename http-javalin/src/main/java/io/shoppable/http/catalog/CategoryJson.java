package io.shoppable.http.catalog;

import io.javalin.http.Context;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.http.Urls;

/** A video category on the wire: {@code {"id", "name", "icon", "order", "is_active"}}. */
public record CategoryJson(long id, String name, String icon, int order, boolean isActive) {

    public static CategoryJson from(Context ctx, VideoCategory category) {
        return new CategoryJson(category.id().value(), category.name().value(), Urls.media(ctx, category.icon()),
                category.order(), category.active());
    }

    /** The short form nested in a video: {@code {"id", "name", "icon"}}. */
    public record Details(long id, String name, String icon) {

        public static Details from(Context ctx, VideoCategory category) {
            return new Details(category.id().value(), category.name().value(), Urls.media(ctx, category.icon()));
        }
    }
}
