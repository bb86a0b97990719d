package io.shoppable.http.creator;

import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorCard;
import io.shoppable.http.Urls;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A creator in lists, as the spec's search example shows it: {@code {"id", "user", "username", "handle",
 * "display_name", "avatar", "follower_count", "posts_count", "views_count", "uploader_profile_url"}}.
 */
public record CreatorJson(long id, long user, String username, String handle, String displayName, String avatar,
                          long followerCount, long postsCount, long viewsCount, String uploaderProfileUrl) {

    public static CreatorJson from(Context ctx, CreatorCard card) {
        var profile = card.profile();
        return new CreatorJson(profile.id().value(), profile.user().value(), card.username().value(),
                profile.handle().display(), profile.details().displayName(),
                Urls.media(ctx, profile.details().avatar()), profile.followerCount(), profile.postsCount(),
                profile.viewsCount(), CreatorSummaryJson.profileUrl(ctx, profile));
    }

    /** The whole profile: the list keys plus bio, social_links, is_verified, video_categories and created_at. */
    public record Detail(long id, long user, String username, String handle, String displayName, String avatar,
                         long followerCount, long postsCount, long viewsCount, String uploaderProfileUrl, String bio,
                         Map<String, String> socialLinks, boolean isVerified, List<Long> videoCategories,
                         Instant createdAt) {

        public static Detail from(Context ctx, CreatorCard card) {
            var summary = CreatorJson.from(ctx, card);
            var profile = card.profile();
            return new Detail(summary.id(), summary.user(), summary.username(), summary.handle(),
                    summary.displayName(), summary.avatar(), summary.followerCount(), summary.postsCount(),
                    summary.viewsCount(), summary.uploaderProfileUrl(), profile.details().bio(),
                    profile.details().socialLinks(), profile.verified(),
                    profile.details().categories().stream().map(CategoryId::value).sorted().toList(),
                    profile.createdAt());
        }
    }
}
