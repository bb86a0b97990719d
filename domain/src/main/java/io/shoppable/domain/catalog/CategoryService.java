package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

/** Use cases on video categories: browse the active ones, administer them, load the defaults. */
public final class CategoryService {

    private final CategoryRepository categories;
    private final Transactions tx;

    public CategoryService(CategoryRepository categories, Transactions tx) {
        this.categories = categories;
        this.tx = tx;
    }

    /**
     * Inserts or updates, by name, the ten {@link DefaultCategories} in one transaction.
     *
     * @return how many were created and how many updated
     */
    public LoadResult loadDefaults() {
        return tx.inTransaction(() -> {
            int created = 0;
            for (CategoryDraft draft : DefaultCategories.drafts()) {
                if (categories.upsertByName(draft).created()) {
                    created++;
                }
            }
            return new LoadResult(created, DefaultCategories.NAMES.size() - created);
        });
    }

    /** Active categories by display order, then name. */
    public Page<VideoCategory> listActive(PageRequest page) {
        return categories.listActive(page);
    }

    /**
     * An active category.
     *
     * @throws NotFound when unknown or inactive
     */
    public VideoCategory requireActive(CategoryId id) {
        return categories.findById(id).filter(VideoCategory::active).orElseThrow(() -> NotFound.of("Category", id));
    }

    /**
     * A category in any state, for the admins who edit it.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws NotFound  when unknown
     */
    public VideoCategory require(Viewer viewer, CategoryId id) {
        requireAdmin(viewer);
        return categories.findById(id).orElseThrow(() -> NotFound.of("Category", id));
    }

    /**
     * Creates a category; admins only.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws io.shoppable.domain.shared.Conflict {@code category_name_taken} when the name is in use
     */
    public VideoCategory create(Viewer viewer, CategoryDraft draft) {
        requireAdmin(viewer);
        return tx.inTransaction(() -> categories.create(draft));
    }

    /**
     * Replaces a category's fields; admins only.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws NotFound  when the category is unknown
     * @throws io.shoppable.domain.shared.Conflict {@code category_name_taken} when another category has the name
     */
    public VideoCategory update(Viewer viewer, CategoryId id, CategoryDraft draft) {
        requireAdmin(viewer);
        return tx.inTransaction(() -> categories.update(id, draft));
    }

    /**
     * Deletes a category that no video uses; admins only.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws NotFound  when the category is unknown
     * @throws io.shoppable.domain.shared.Conflict while videos use the category
     */
    public void delete(Viewer viewer, CategoryId id) {
        requireAdmin(viewer);
        tx.run(() -> categories.delete(id));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators may change video categories");
        }
    }

    /** What {@link #loadDefaults()} did. */
    public record LoadResult(int created, int updated) {
    }
}
