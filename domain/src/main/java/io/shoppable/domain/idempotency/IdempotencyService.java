package io.shoppable.domain.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Makes a request safe to retry: the first request with a key runs, its answer is stored, and repeats
 * within {@link #TIME_TO_LIVE} get that answer again instead of running the use case twice.
 */
public final class IdempotencyService {

    /** How long a key is remembered. */
    public static final Duration TIME_TO_LIVE = Duration.ofHours(24);

    /**
     * How long a request that claimed a key may run before the key counts as abandoned (its node died) and
     * a retry takes it over. Far beyond any request: a connection is waited for at most 3 s and a stop
     * drains for at most 8 s (decision D55).
     */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyService(IdempotencyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What to do with a request that carries {@code key} and whose content hashes to {@code fingerprint}. */
    public Outcome begin(IdempotencyKey key, String fingerprint) {
        var now = clock.instant();
        var liveSince = now.minus(TIME_TO_LIVE);
        var abandonedBefore = now.minus(LEASE);
        if (store.claim(key, fingerprint, now, liveSince, abandonedBefore)) {
            return new Outcome.Proceed();
        }
        var existing = store.find(key);
        if (existing.isEmpty() || existing.get().createdAt().isBefore(liveSince)
                || existing.get().response().isEmpty() && existing.get().createdAt().isBefore(abandonedBefore)) {
            // Released, expired or abandoned between our claim and our look: one more try settles it.
            return store.claim(key, fingerprint, now, liveSince, abandonedBefore)
                    ? new Outcome.Proceed() : new Outcome.InProgress();
        }
        var found = existing.get();
        if (found.response().isEmpty()) {
            return new Outcome.InProgress();
        }
        return found.fingerprint().equals(fingerprint) ? new Outcome.Replay(found.response().get())
                : new Outcome.Mismatch();
    }

    /** Stores the answer of a request that was told to proceed. */
    public void finish(IdempotencyKey key, StoredResponse response) {
        store.complete(key, response);
    }

    /** Forgets the key of a request that failed on our side, so the client can retry it. */
    public void abandon(IdempotencyKey key) {
        store.release(key);
    }

    /** Deletes keys older than {@link #TIME_TO_LIVE}; answers how many. */
    public int purgeExpired() {
        return store.deleteCreatedBefore(clock.instant().minus(TIME_TO_LIVE));
    }

    /** The answer to {@link #begin}. */
    public sealed interface Outcome {

        /** The first request with this key: run it, then {@link #finish}. */
        record Proceed() implements Outcome {
        }

        /** A repeat of a finished request: send this answer again. */
        record Replay(StoredResponse response) implements Outcome {
        }

        /** The key was used for a different request: 422. */
        record Mismatch() implements Outcome {
        }

        /** The first request with this key is still running, within its {@link #LEASE}: 409. */
        record InProgress() implements Outcome {
        }
    }
}
