package io.shoppable.domain.engagement;

import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.product.ProductRef;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A video as one viewer sees it in a feed or list: the video with its category, its products, its
 * creator and whether this viewer likes or saved it.
 *
 * @param product            the primary product, empty if the catalog no longer knows it
 * @param additionalProducts the additional products the catalog still knows, in display order
 * @param creator            the owner's creator profile, empty if they have none
 */
public record VideoCard(Video video, VideoCategory category, Optional<ProductRef> product,
                        List<ProductRef> additionalProducts, Optional<CreatorProfile> creator, boolean liked,
                        boolean saved) {

    public VideoCard {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(creator, "creator");
        additionalProducts = List.copyOf(additionalProducts);
    }
}
