package io.shoppable.domain.catalog;

import io.shoppable.domain.shared.PageRequest;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final CategoryService service = new CategoryService(ports.categories(), ports.tx());

    private static CategoryDraft draft(String name, int order, boolean active) {
        return new CategoryDraft(new CategoryName(name), Optional.empty(), order, active);
    }

    @Test
    void loading_the_defaults_creates_the_ten_categories_in_display_order() {
        var result = service.loadDefaults();

        assertThat(result).isEqualTo(new CategoryService.LoadResult(10, 0));
        var listed = service.listActive(PageRequest.first(20));
        assertThat(listed.items()).extracting(category -> category.name().value())
                .containsExactlyElementsOf(DefaultCategories.NAMES);
        assertThat(listed.items()).extracting(VideoCategory::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void loading_the_defaults_again_updates_them_and_creates_nothing() {
        service.loadDefaults();

        assertThat(service.loadDefaults()).isEqualTo(new CategoryService.LoadResult(0, 10));
        assertThat(service.listActive(PageRequest.first(20)).total()).isEqualTo(10);
    }

    @Test
    void loading_the_defaults_reactivates_a_deactivated_default_and_keeps_other_categories() {
        var gifts = ports.categories().create(draft("Gifts", 99, false));
        var own = ports.categories().create(draft("Our own", 50, true));

        assertThat(service.loadDefaults()).isEqualTo(new CategoryService.LoadResult(9, 1));
        assertThat(ports.categories().findById(gifts.id())).hasValueSatisfying(category -> {
            assertThat(category.active()).isTrue();
            assertThat(category.order()).isEqualTo(10);
        });
        assertThat(ports.categories().findById(own.id())).contains(own);
    }

    @Test
    void require_active_finds_an_active_category() {
        var fashion = given.aCategory("Fashion");

        assertThat(service.requireActive(fashion.id())).isEqualTo(fashion);
    }

    @Test
    void require_active_of_an_inactive_or_unknown_category_is_not_found() {
        var hidden = given.anInactiveCategory();

        assertNotFound(() -> service.requireActive(hidden.id()));
        assertNotFound(() -> service.requireActive(new CategoryId(999)));
    }

    @Test
    void admins_create_update_and_delete_categories() {
        var admin = Given.asMember(given.anAdmin());

        var created = service.create(admin, draft("Fashion", 1, true));
        var updated = service.update(admin, created.id(), draft("Fashion & Style", 2, true));
        assertThat(updated).isEqualTo(new VideoCategory(created.id(), new CategoryName("Fashion & Style"),
                Optional.empty(), 2, true));

        service.delete(admin, created.id());
        assertThat(ports.categories().findById(created.id())).isEmpty();
    }

    @Test
    void members_and_anonymous_callers_may_not_change_categories() {
        var member = Given.asMember(given.aUser());
        var fashion = given.aCategory("Fashion");

        assertForbidden(() -> service.create(member, draft("Gifts", 1, true)));
        assertForbidden(() -> service.update(member, fashion.id(), draft("Gifts", 1, true)));
        assertForbidden(() -> service.delete(Given.anonymous(), fashion.id()));
        assertThat(ports.categories().findById(fashion.id())).contains(fashion);
    }

    @Test
    void a_taken_name_is_a_conflict_for_admins_too() {
        var admin = Given.asMember(given.anAdmin());
        given.aCategory("Fashion");

        assertConflict("category_name_taken", () -> service.create(admin, draft("Fashion", 1, true)));
    }

    @Test
    void updating_an_unknown_category_is_not_found() {
        var admin = Given.asMember(given.anAdmin());

        assertNotFound(() -> service.update(admin, new CategoryId(999), draft("Gifts", 1, true)));
    }
}
