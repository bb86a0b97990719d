package io.shoppable.recommendation.evaluation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/** Where a generated {@link Marketplace} is stored, so the real engine can read it. */
public interface MarketplaceStore {

    /** The active video categories, in display order: the generator files videos under them. */
    List<CategoryId> activeCategories();

    /** True when a marketplace with this creator was stored already (loading is idempotent). */
    boolean holdsUser(UserId user);

    /**
     * Stores the marketplace in batches, reporting the number of rows written so far after each batch.
     *
     * @param mediaFile the stored image file of each video, by index
     * @return the stored id of each video, by index
     */
    List<VideoId> load(Marketplace marketplace, List<String> mediaFile, IntConsumer progress);

    /** Logs a watch of {@code seconds} by a member (a session event). */
    void watch(UserId user, VideoId video, Instant at, double seconds);

    /** Rows {@link #load} writes for {@code marketplace}, for a progress bar's total. */
    static int rows(Marketplace marketplace) {
        return marketplace.creators().size() * 3 + marketplace.shoppers().size() + marketplace.videos().size()
                + marketplace.history().size() + marketplace.follows().size();
    }
}
