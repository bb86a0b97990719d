package io.shoppable.domain.shared;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryTransactionsTest {

    private final Ports ports = InMemoryPorts.create();

    private VideoCategory create(String name) {
        return ports.categories().create(new CategoryDraft(new CategoryName(name), Optional.empty(), 1, true));
    }

    private long categoryCount() {
        return ports.categories().listActive(PageRequest.firstPage()).total();
    }

    @Test
    void a_unit_of_work_that_succeeds_is_kept() {
        var created = ports.tx().inTransaction(() -> create("Fashion"));

        assertThat(ports.categories().findById(created.id())).contains(created);
    }

    @Test
    void a_unit_of_work_that_fails_leaves_nothing_behind() {
        assertThatThrownBy(() -> ports.tx().run(() -> {
            create("Fashion");
            create("Fashion");
        })).isInstanceOf(Conflict.class);

        assertThat(categoryCount()).isZero();
    }

    @Test
    void an_inner_unit_joins_the_outer_one_and_rolls_back_with_it() {
        assertThatThrownBy(() -> ports.tx().run(() -> {
            ports.tx().run(() -> create("Fashion"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(categoryCount()).isZero();
    }
}
