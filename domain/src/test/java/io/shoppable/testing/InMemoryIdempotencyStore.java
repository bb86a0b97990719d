package io.shoppable.testing;

import io.shoppable.domain.idempotency.IdempotencyKey;
import io.shoppable.domain.idempotency.IdempotencyRecord;
import io.shoppable.domain.idempotency.IdempotencyStore;
import io.shoppable.domain.idempotency.StoredResponse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link IdempotencyStore} in a map; its methods are synchronised, so a claim is atomic as in PostgreSQL. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<IdempotencyKey, IdempotencyRecord> records = new HashMap<>();

    @Override
    public synchronized boolean claim(IdempotencyKey key, String fingerprint, Instant now, Instant liveSince,
                                      Instant abandonedBefore) {
        var existing = records.get(key);
        if (existing != null && !existing.createdAt().isBefore(liveSince)
                && !(existing.response().isEmpty() && existing.createdAt().isBefore(abandonedBefore))) {
            return false;
        }
        records.put(key, new IdempotencyRecord(key, fingerprint, now, Optional.empty()));
        return true;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(IdempotencyKey key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public synchronized void complete(IdempotencyKey key, StoredResponse response) {
        records.computeIfPresent(key, (k, record) ->
                new IdempotencyRecord(k, record.fingerprint(), record.createdAt(), Optional.of(response)));
    }

    @Override
    public synchronized void release(IdempotencyKey key) {
        records.remove(key);
    }

    @Override
    public synchronized int deleteCreatedBefore(Instant cutoff) {
        int before = records.size();
        records.values().removeIf(record -> record.createdAt().isBefore(cutoff));
        return before - records.size();
    }
}
