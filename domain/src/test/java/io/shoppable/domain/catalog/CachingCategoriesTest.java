package io.shoppable.domain.catalog;

import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CachingCategoriesTest {

    private final CategoryRepository stored = InMemoryPorts.create().categories();
    private final MutableClock clock = MutableClock.atT0();
    private final CachingCategories cached = new CachingCategories(stored, Duration.ofSeconds(2), clock);
    private final VideoCategory fashion = stored.create(draft("Fashion"));

    private static CategoryDraft draft(String name) {
        return new CategoryDraft(new CategoryName(name), Optional.empty(), 1, true);
    }

    private String cachedName() {
        return cached.findAll(List.of(fashion.id())).get(fashion.id()).name().value();
    }

    @Test
    void a_change_made_elsewhere_shows_in_batch_reads_once_the_ttl_has_passed() {
        assertThat(cachedName()).isEqualTo("Fashion");
        stored.update(fashion.id(), draft("Style"));

        assertThat(cachedName()).isEqualTo("Fashion");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cachedName()).isEqualTo("Style");
    }

    @Test
    void a_change_made_through_the_cache_shows_at_once() {
        assertThat(cachedName()).isEqualTo("Fashion");

        cached.update(fashion.id(), draft("Style"));

        assertThat(cachedName()).isEqualTo("Style");
    }

    @Test
    void single_lookups_are_never_cached() {
        assertThat(cachedName()).isEqualTo("Fashion");
        stored.update(fashion.id(), new CategoryDraft(new CategoryName("Fashion"), Optional.empty(), 1, false));

        assertThat(cached.findById(fashion.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void unknown_ids_are_absent() {
        assertThat(cached.findAll(List.of(fashion.id(), new CategoryId(999)))).containsOnlyKeys(fashion.id());
    }
}
