package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link CategoryRepository} over an {@link InMemoryStore}. */
public final class InMemoryCategoryRepository implements CategoryRepository {

    private final InMemoryStore store;

    InMemoryCategoryRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public VideoCategory create(CategoryDraft draft) {
        synchronized (store) {
            requireNameFree(draft, Optional.empty());
            return put(new CategoryId(store.nextId()), draft);
        }
    }

    @Override
    public VideoCategory update(CategoryId id, CategoryDraft draft) {
        synchronized (store) {
            store.requireCategory(id);
            requireNameFree(draft, Optional.of(id));
            return put(id, draft);
        }
    }

    @Override
    public Upserted upsertByName(CategoryDraft draft) {
        synchronized (store) {
            var existing = byName(draft);
            return existing.map(category -> new Upserted(put(category.id(), draft), false))
                    .orElseGet(() -> new Upserted(put(new CategoryId(store.nextId()), draft), true));
        }
    }

    @Override
    public void delete(CategoryId id) {
        synchronized (store) {
            store.requireCategory(id);
            if (store.videos.values().stream().anyMatch(video -> video.details().category().equals(id))) {
                throw new Conflict("category_in_use", "Category " + id + " still has videos");
            }
            store.categories.remove(id);
        }
    }

    @Override
    public Optional<VideoCategory> findById(CategoryId id) {
        synchronized (store) {
            return Optional.ofNullable(store.categories.get(id));
        }
    }

    @Override
    public Map<CategoryId, VideoCategory> findAll(Collection<CategoryId> ids) {
        synchronized (store) {
            var found = new LinkedHashMap<CategoryId, VideoCategory>();
            ids.forEach(id -> findById(id).ifPresent(category -> found.put(id, category)));
            return found;
        }
    }

    @Override
    public Page<VideoCategory> listActive(PageRequest page) {
        synchronized (store) {
            var sorted = store.categories.values().stream().filter(VideoCategory::active)
                    .sorted(Comparator.comparingInt(VideoCategory::order)
                            .thenComparing(category -> category.name().value()))
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    private Optional<VideoCategory> byName(CategoryDraft draft) {
        return store.categories.values().stream().filter(category -> category.name().equals(draft.name()))
                .findFirst();
    }

    private void requireNameFree(CategoryDraft draft, Optional<CategoryId> self) {
        var holder = byName(draft);
        if (holder.isPresent() && !self.equals(Optional.of(holder.get().id()))) {
            throw new Conflict("category_name_taken", "A category named " + draft.name() + " exists");
        }
    }

    private VideoCategory put(CategoryId id, CategoryDraft draft) {
        var category = new VideoCategory(id, draft.name(), draft.icon(), draft.order(), draft.active());
        store.categories.put(id, category);
        return category;
    }
}
