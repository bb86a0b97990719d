package io.shoppable.domain.creator;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a creator profile that its owner edits.
 *
 * @param socialLinks network name ("instagram") to profile URL; at most 10
 * @param categories  the video categories the creator says they post in
 */
public record CreatorDetails(Handle handle, String displayName, String bio, Optional<MediaRef> avatar,
                             Map<String, String> socialLinks, Set<CategoryId> categories) {

    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_BIO = 1_000;
    public static final int MAX_SOCIAL_LINKS = 10;

    public CreatorDetails {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(avatar, "avatar");
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw Invalid.field("display_name", "must be 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        if (bio == null || bio.length() > MAX_BIO) {
            throw Invalid.field("bio", "must be at most " + MAX_BIO + " characters");
        }
        if (socialLinks.size() > MAX_SOCIAL_LINKS) {
            throw Invalid.field("social_links", "at most " + MAX_SOCIAL_LINKS + " links");
        }
        socialLinks.forEach((network, url) -> {
            if (network == null || network.isBlank() || network.length() > 30 || url == null
                    || !url.matches("https?://\\S{1,500}")) {
                throw Invalid.field("social_links", "each link needs a network name and an http(s) URL");
            }
        });
        socialLinks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(socialLinks));
        categories = Set.copyOf(categories);
    }

    /** A first profile for a new creator: display name as given, everything else empty. */
    public static CreatorDetails initial(Handle handle, String displayName) {
        return new CreatorDetails(handle, displayName, "", Optional.empty(), Map.of(), Set.of());
    }
}
