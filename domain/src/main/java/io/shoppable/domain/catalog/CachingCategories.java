package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Categories kept in memory for a short time for batch reads ({@link #findAll}): there are few, they
 * rarely change, and every feed card shows one. Any write through this repository empties the cache, so
 * this node sees its own changes at once; changes made elsewhere show within {@code ttl} (decision D49).
 * Single lookups and lists always go to the underlying repository. Thread-safe.
 */
public final class CachingCategories implements CategoryRepository {

    /** How long another node's category change may stay unseen here. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);

    private final CategoryRepository stored;
    private final Duration ttl;
    private final Clock clock;
    private final Map<CategoryId, Cached> byId = new ConcurrentHashMap<>();

    public CachingCategories(CategoryRepository stored, Duration ttl, Clock clock) {
        this.stored = stored;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public VideoCategory create(CategoryDraft draft) {
        byId.clear();
        return stored.create(draft);
    }

    @Override
    public VideoCategory update(CategoryId id, CategoryDraft draft) {
        byId.clear();
        return stored.update(id, draft);
    }

    @Override
    public Upserted upsertByName(CategoryDraft draft) {
        byId.clear();
        return stored.upsertByName(draft);
    }

    @Override
    public void delete(CategoryId id) {
        byId.clear();
        stored.delete(id);
    }

    /** Always read from the underlying repository: single lookups decide visibility and must be current. */
    @Override
    public Optional<VideoCategory> findById(CategoryId id) {
        return stored.findById(id);
    }

    @Override
    public Map<CategoryId, VideoCategory> findAll(Collection<CategoryId> ids) {
        var now = clock.instant();
        var found = new HashMap<CategoryId, VideoCategory>();
        var missing = new ArrayList<CategoryId>();
        for (var id : ids) {
            var cached = byId.get(id);
            if (cached != null && now.isBefore(cached.expires())) {
                found.put(id, cached.category());
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            var loaded = stored.findAll(missing);
            var expires = now.plus(ttl);
            loaded.forEach((id, category) -> byId.put(id, new Cached(category, expires)));
            found.putAll(loaded);
        }
        return found;
    }

    @Override
    public Page<VideoCategory> listActive(PageRequest page) {
        return stored.listActive(page);
    }

    private record Cached(VideoCategory category, Instant expires) {
    }
}
