package io.shoppable.testing;

import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.domain.user.Username;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link UserRepository} promises. */
public abstract class UserRepositoryContract {

    private static final Instant T0 = MutableClock.T0;

    private UserRepository users;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpUserContract() {
        users = ports().users();
    }

    @Test
    public void upsert_creates_a_new_user_created_when_first_seen() {
        var stored = users.upsert(new UserId(41), new Username("alice"), false, T0);

        assertThat(stored).isEqualTo(new User(new UserId(41), new Username("alice"), false, T0));
        assertThat(users.findById(new UserId(41))).contains(stored);
    }

    @Test
    public void upsert_refreshes_username_and_admin_flag_but_keeps_the_creation_time() {
        users.upsert(new UserId(41), new Username("alice"), false, T0);

        var refreshed = users.upsert(new UserId(41), new Username("alice_b"), true, T0.plusSeconds(60));

        assertThat(refreshed).isEqualTo(new User(new UserId(41), new Username("alice_b"), true, T0));
        assertThat(users.findById(new UserId(41))).contains(refreshed);
    }

    @Test
    public void find_by_id_of_an_unknown_user_is_empty() {
        assertThat(users.findById(new UserId(404))).isEmpty();
    }

    @Test
    public void find_all_returns_the_known_users_and_leaves_unknown_ids_out() {
        var alice = users.upsert(new UserId(1), new Username("alice"), false, T0);
        var bob = users.upsert(new UserId(2), new Username("bob"), true, T0);
        users.upsert(new UserId(3), new Username("carol"), false, T0);

        var found = users.findAll(List.of(alice.id(), bob.id(), new UserId(404)));

        assertThat(found).containsOnlyKeys(alice.id(), bob.id());
        assertThat(found.get(alice.id())).isEqualTo(alice);
        assertThat(found.get(bob.id())).isEqualTo(bob);
    }

    @Test
    public void find_all_of_no_ids_is_empty() {
        users.upsert(new UserId(1), new Username("alice"), false, T0);

        assertThat(users.findAll(List.of())).isEmpty();
    }
}
