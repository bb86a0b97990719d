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
        if (store.claim(key, fingerprint, now, liveSince)) {
            return new Outcome.Proceed();
        }
        var existing = store.find(key);
        if (existing.isEmpty() || existing.get().createdAt().isBefore(liveSince)) {
            // Released or expired between our claim and our look: one more try settles it.
            return store.claim(key, fingerprint, now, liveSince) ? new Outcome.Proceed() : new Outcome.InProgress();
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

        /** The first request with this key is still running: 409. */
        record InProgress() implements Outcome {
        }
    }
}
