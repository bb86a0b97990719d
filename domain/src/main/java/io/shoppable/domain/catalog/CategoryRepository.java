package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Video categories. Names are unique: writing a taken name is a {@code Conflict("category_name_taken")}. */
public interface CategoryRepository {

    /** Stores a new category. */
    VideoCategory create(CategoryDraft draft);

    /** Replaces the editable fields of an existing category; {@code NotFound} if there is none. */
    VideoCategory update(CategoryId id, CategoryDraft draft);

    /**
     * Creates the category, or updates the one with the same name, and says which happened. Safe to
     * run concurrently with itself.
     */
    Upserted upsertByName(CategoryDraft draft);

    /** Deletes a category; {@code NotFound} if there is none, {@code Conflict} while videos use it. */
    void delete(CategoryId id);

    /** The category, active or not, or empty. */
    Optional<VideoCategory> findById(CategoryId id);

    /** The categories among {@code ids}, active or not; unknown ids are absent. */
    Map<CategoryId, VideoCategory> findAll(Collection<CategoryId> ids);

    /** Active categories by {@code order}, then name. */
    Page<VideoCategory> listActive(PageRequest page);

    /** The outcome of {@link #upsertByName}: the stored row and whether it was new. */
    record Upserted(VideoCategory category, boolean created) {
    }
}
