package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link CategoryRepository} promises. */
public abstract class CategoryRepositoryContract {

    private static final CategoryId UNKNOWN = new CategoryId(999_999);

    private CategoryRepository categories;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpCategoryContract() {
        var ports = ports();
        categories = ports.categories();
        given = new Given(ports);
    }

    private static CategoryDraft draft(String name, int order, boolean active) {
        return new CategoryDraft(new CategoryName(name), Optional.empty(), order, active);
    }

    @Test
    public void create_stores_a_category_with_its_fields() {
        var icon = Optional.of(new MediaRef("https://cdn.example.com/icons/fashion.png"));

        var created = categories.create(new CategoryDraft(new CategoryName("Fashion"), icon, 3, true));

        assertThat(created.name()).isEqualTo(new CategoryName("Fashion"));
        assertThat(created.icon()).isEqualTo(icon);
        assertThat(created.order()).isEqualTo(3);
        assertThat(created.active()).isTrue();
        assertThat(categories.findById(created.id())).contains(created);
    }

    @Test
    public void create_with_a_taken_name_is_a_conflict() {
        categories.create(draft("Fashion", 1, true));

        assertConflict("category_name_taken", () -> categories.create(draft("Fashion", 2, false)));
    }

    @Test
    public void update_replaces_the_editable_fields() {
        var created = categories.create(draft("Fashion", 1, true));

        var updated = categories.update(created.id(), draft("Fashion & Style", 4, false));

        assertThat(updated).isEqualTo(new VideoCategory(created.id(), new CategoryName("Fashion & Style"),
                Optional.empty(), 4, false));
        assertThat(categories.findById(created.id())).contains(updated);
    }

    @Test
    public void update_may_keep_the_categorys_own_name() {
        var created = categories.create(draft("Fashion", 1, true));

        var updated = categories.update(created.id(), draft("Fashion", 2, true));

        assertThat(updated.order()).isEqualTo(2);
    }

    @Test
    public void update_to_another_categorys_name_is_a_conflict() {
        categories.create(draft("Fashion", 1, true));
        var gifts = categories.create(draft("Gifts", 2, true));

        assertConflict("category_name_taken", () -> categories.update(gifts.id(), draft("Fashion", 2, true)));
    }

    @Test
    public void update_of_an_unknown_category_is_not_found() {
        assertNotFound(() -> categories.update(UNKNOWN, draft("Fashion", 1, true)));
    }

    @Test
    public void upsert_by_name_creates_a_missing_category() {
        var upserted = categories.upsertByName(draft("Gifts", 10, true));

        assertThat(upserted.created()).isTrue();
        assertThat(upserted.category().name()).isEqualTo(new CategoryName("Gifts"));
        assertThat(categories.findById(upserted.category().id())).contains(upserted.category());
    }

    @Test
    public void upsert_by_name_updates_the_category_with_that_name() {
        var existing = categories.create(draft("Gifts", 1, false));

        var upserted = categories.upsertByName(draft("Gifts", 10, true));

        assertThat(upserted.created()).isFalse();
        assertThat(upserted.category()).isEqualTo(new VideoCategory(existing.id(), new CategoryName("Gifts"),
                Optional.empty(), 10, true));
        assertThat(categories.findById(existing.id())).contains(upserted.category());
    }

    @Test
    public void delete_removes_an_unused_category() {
        var created = categories.create(draft("Fashion", 1, true));

        categories.delete(created.id());

        assertThat(categories.findById(created.id())).isEmpty();
    }

    @Test
    public void delete_of_an_unknown_category_is_not_found() {
        assertNotFound(() -> categories.delete(UNKNOWN));
    }

    @Test
    public void delete_of_a_category_that_videos_use_is_a_conflict() {
        var fashion = given.aCategory("Fashion");
        given.aVideo().in(fashion).create();

        assertThatThrownBy(() -> categories.delete(fashion.id())).isInstanceOf(Conflict.class);
        assertThat(categories.findById(fashion.id())).isPresent();
    }

    @Test
    public void find_by_id_includes_inactive_categories() {
        var hidden = categories.create(draft("Hidden", 1, false));

        assertThat(categories.findById(hidden.id())).contains(hidden);
    }

    @Test
    public void find_by_id_of_an_unknown_category_is_empty() {
        assertThat(categories.findById(UNKNOWN)).isEmpty();
    }

    @Test
    public void find_all_returns_active_and_inactive_categories_and_leaves_unknown_ids_out() {
        var fashion = categories.create(draft("Fashion", 1, true));
        var hidden = categories.create(draft("Hidden", 2, false));
        categories.create(draft("Gifts", 3, true));

        var found = categories.findAll(List.of(fashion.id(), hidden.id(), UNKNOWN));

        assertThat(found).containsOnlyKeys(fashion.id(), hidden.id());
        assertThat(found.get(hidden.id())).isEqualTo(hidden);
    }

    @Test
    public void list_active_orders_by_order_then_name_and_leaves_inactive_ones_out() {
        var gifts = categories.create(draft("Gifts", 2, true));
        var beauty = categories.create(draft("Beauty", 2, true));
        var fashion = categories.create(draft("Fashion", 1, true));
        categories.create(draft("Archive", 0, false));

        var page = categories.listActive(PageRequest.first(10));

        assertThat(page.items()).containsExactly(fashion, beauty, gifts);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    public void list_active_pages_through_the_list() {
        var first = categories.create(draft("A", 1, true));
        var second = categories.create(draft("B", 2, true));
        var third = categories.create(draft("C", 3, true));

        var one = categories.listActive(new PageRequest(2, 0));
        var two = categories.listActive(new PageRequest(2, 2));

        assertThat(one.items()).containsExactly(first, second);
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).containsExactly(third);
        assertThat(two.total()).isEqualTo(3);
        assertThat(two.hasNext()).isFalse();
    }
}
