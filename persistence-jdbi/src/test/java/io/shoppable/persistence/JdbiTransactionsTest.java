package io.shoppable.persistence;

import java.util.List;

import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbiTransactionsTest {

    private final PersistenceAdapters db = PersistenceAdapters.over(TestDatabase.jdbi());

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void repository_calls_inside_a_transaction_join_it_and_roll_back_with_it() {
        assertThatThrownBy(() -> db.tx().run(() -> {
            db.users().upsert(new UserId(1), new Username("alice"), false, T0);
            assertThat(db.users().findById(new UserId(1))).isPresent();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(db.users().findById(new UserId(1))).isEmpty();
    }

    @Test
    void handles_opened_inside_a_transaction_join_it_and_outside_do_not() {
        var inside = db.tx().inTransaction(() -> List.of(currentTransaction(), currentTransaction()));
        var outside = List.of(currentTransaction(), currentTransaction());

        assertThat(inside.get(0)).isEqualTo(inside.get(1));
        assertThat(outside.get(0)).isNotEqualTo(outside.get(1));
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_commits_with_it() {
        db.tx().run(() -> {
            db.users().upsert(new UserId(1), new Username("alice"), false, T0);
            db.tx().run(() -> db.users().upsert(new UserId(2), new Username("bob"), false, T0));
        });

        assertThat(db.users().findAll(List.of(new UserId(1), new UserId(2)))).hasSize(2);
    }

    @Test
    void a_broken_rule_inside_a_transaction_is_a_domain_error_and_keeps_nothing() {
        var reporter = db.users().upsert(new UserId(1), new Username("alice"), false, T0);

        assertThatThrownBy(() -> db.tx().run(() -> {
            db.users().upsert(new UserId(2), new Username("bob"), false, T0);
            db.carts().open(reporter.id(), T0);
            db.carts().open(reporter.id(), T0);
        })).isInstanceOf(Conflict.class);

        assertThat(db.users().findById(new UserId(2))).isEmpty();
        assertThat(db.carts().findActive(reporter.id())).isEmpty();
    }

    /** What JDBI's thread-local handle scope gives: the same transaction for every call in the unit of work. */
    private static long currentTransaction() {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery("SELECT txid_current()")
                .mapTo(Long.class).one());
    }
}
