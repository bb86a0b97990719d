package io.shoppable.testing;

import io.shoppable.domain.idempotency.IdempotencyKey;
import io.shoppable.domain.idempotency.IdempotencyStore;
import io.shoppable.domain.idempotency.StoredResponse;
import io.shoppable.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IdempotencyStore} promises. */
public abstract class IdempotencyStoreContract {

    private static final Instant T0 = MutableClock.T0;
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(1));
    /** Unanswered claims made before this have lost their lease. */
    private static final Instant LEASE_START = T0.minus(Duration.ofMinutes(2));

    private IdempotencyStore store;
    private UserId alice;
    private UserId bob;

    /** A fresh, empty set of ports; called once per test. */
    protected abstract Ports ports();

    /** The store under test, over the same storage as {@code ports}. */
    protected abstract IdempotencyStore store(Ports ports);

    @BeforeEach
    void setUpIdempotencyContract() {
        var ports = ports();
        store = store(ports);
        var given = new Given(ports);
        alice = given.aUser().id();
        bob = given.aUser().id();
    }

    @Test
    public void the_first_claim_wins_and_a_second_is_refused() {
        var key = new IdempotencyKey(alice, "add_to_cart", "k1");

        assertThat(store.claim(key, "f1", T0, LONG_AGO, LEASE_START)).isTrue();
        assertThat(store.claim(key, "f1", T0, LONG_AGO, LEASE_START)).isFalse();
        assertThat(store.find(key)).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo("f1");
            assertThat(record.createdAt()).isEqualTo(T0);
            assertThat(record.response()).isEmpty();
        });
    }

    @Test
    public void a_completed_answer_is_kept_exactly() {
        var key = new IdempotencyKey(alice, "comment", "k1");
        store.claim(key, "f1", T0, LONG_AGO, LEASE_START);
        var answer = new StoredResponse(201, "application/json", "{\"text\":\"Grüße \\u00e9 😀\"}");

        store.complete(key, answer);

        assertThat(store.find(key)).hasValueSatisfying(record -> assertThat(record.response()).contains(answer));
    }

    @Test
    public void keys_belong_to_one_user_and_one_endpoint() {
        store.claim(new IdempotencyKey(alice, "comment", "same"), "f1", T0, LONG_AGO, LEASE_START);

        assertThat(store.claim(new IdempotencyKey(bob, "comment", "same"), "f1", T0, LONG_AGO, LEASE_START)).isTrue();
        assertThat(store.claim(new IdempotencyKey(alice, "report", "same"), "f1", T0, LONG_AGO, LEASE_START)).isTrue();
    }

    @Test
    public void a_released_key_can_be_claimed_again() {
        var key = new IdempotencyKey(alice, "upload", "k1");
        store.claim(key, "f1", T0, LONG_AGO, LEASE_START);

        store.release(key);

        assertThat(store.find(key)).isEmpty();
        assertThat(store.claim(key, "f2", T0, LONG_AGO, LEASE_START)).isTrue();
    }

    @Test
    public void an_expired_key_is_taken_over_with_its_answer_forgotten() {
        var key = new IdempotencyKey(alice, "upload", "k1");
        store.claim(key, "f1", LONG_AGO.minusSeconds(1), LONG_AGO.minus(Duration.ofDays(1)), LONG_AGO.minusSeconds(2));
        store.complete(key, new StoredResponse(201, "application/json", "{}"));

        assertThat(store.claim(key, "f2", T0, LONG_AGO, LEASE_START)).isTrue();
        assertThat(store.find(key)).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo("f2");
            assertThat(record.response()).isEmpty();
        });
    }

    @Test
    public void deleting_before_a_cutoff_removes_only_older_keys() {
        store.claim(new IdempotencyKey(alice, "comment", "old"), "f", LONG_AGO.minusSeconds(1),
                LONG_AGO.minusSeconds(9), LONG_AGO.minusSeconds(2));
        store.claim(new IdempotencyKey(alice, "comment", "new"), "f", T0, LONG_AGO, LEASE_START);

        assertThat(store.deleteCreatedBefore(LONG_AGO)).isEqualTo(1);
        assertThat(store.find(new IdempotencyKey(alice, "comment", "new"))).isPresent();
    }

    @Test
    public void an_unanswered_claim_whose_lease_ran_out_is_taken_over() {
        var key = new IdempotencyKey(alice, "add_to_cart", "crashed");
        store.claim(key, "f1", LEASE_START.minusSeconds(1), LONG_AGO, LEASE_START.minusSeconds(121));

        assertThat(store.claim(key, "f2", T0, LONG_AGO, LEASE_START)).isTrue();
        assertThat(store.claim(key, "f3", T0, LONG_AGO, LEASE_START)).isFalse();
        assertThat(store.find(key)).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo("f2");
            assertThat(record.createdAt()).isEqualTo(T0);
            assertThat(record.response()).isEmpty();
        });
    }

    @Test
    public void an_unanswered_claim_within_its_lease_is_kept() {
        var key = new IdempotencyKey(alice, "add_to_cart", "running");
        store.claim(key, "f1", LEASE_START, LONG_AGO, LEASE_START.minusSeconds(120));

        assertThat(store.claim(key, "f1", T0, LONG_AGO, LEASE_START)).isFalse();
        assertThat(store.find(key)).hasValueSatisfying(record -> assertThat(record.createdAt()).isEqualTo(LEASE_START));
    }

    @Test
    public void an_answered_key_outlives_the_lease_until_it_expires() {
        var key = new IdempotencyKey(alice, "comment", "answered");
        store.claim(key, "f1", LEASE_START.minusSeconds(1), LONG_AGO, LEASE_START.minusSeconds(121));
        var answer = new StoredResponse(201, "application/json", "{}");
        store.complete(key, answer);

        assertThat(store.claim(key, "f2", T0, LONG_AGO, LEASE_START)).isFalse();
        assertThat(store.find(key)).hasValueSatisfying(record -> assertThat(record.response()).contains(answer));
    }
}
