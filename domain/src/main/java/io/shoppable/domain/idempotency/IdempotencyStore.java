package io.shoppable.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers idempotency keys and their first answers. Shared by every service node, so a retry that
 * lands on another node is still recognised.
 */
public interface IdempotencyStore {

    /**
     * Records {@code key} as in progress for a request with {@code fingerprint}, unless a live record of it
     * exists. A record is live when it was created at or after {@code liveSince} and, while it has no answer
     * yet, at or after {@code abandonedBefore} (its request's lease); any other record is replaced. Answers
     * true when this call made the claim. Atomic: of two simultaneous claims exactly one wins.
     */
    boolean claim(IdempotencyKey key, String fingerprint, Instant now, Instant liveSince, Instant abandonedBefore);

    /** The record of {@code key}, if there is one. */
    Optional<IdempotencyRecord> find(IdempotencyKey key);

    /** Stores the answer to the request that claimed {@code key}. */
    void complete(IdempotencyKey key, StoredResponse response);

    /** Forgets {@code key}, so that a request which failed on our side may be retried with it. */
    void release(IdempotencyKey key);

    /** Deletes every record created before {@code cutoff}; answers how many. */
    int deleteCreatedBefore(Instant cutoff);
}
