package io.shoppable.http.creator;

import io.javalin.http.Context;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.http.Urls;

/** The creator as a video shows them: {@code {"id", "handle", "display_name", "avatar"}}. */
public record CreatorSummaryJson(long id, String handle, String displayName, String avatar) {

    public static CreatorSummaryJson from(Context ctx, CreatorProfile creator) {
        return new CreatorSummaryJson(creator.id().value(), creator.handle().display(),
                creator.details().displayName(), Urls.media(ctx, creator.details().avatar()));
    }

    /** The API address of a creator's profile. */
    public static String profileUrl(Context ctx, CreatorProfile creator) {
        return Urls.base(ctx) + "/api/v1/creators/" + creator.id().value() + "/";
    }
}
