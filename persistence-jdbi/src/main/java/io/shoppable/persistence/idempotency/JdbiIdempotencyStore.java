package io.shoppable.persistence.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.shoppable.domain.idempotency.IdempotencyKey;
import io.shoppable.domain.idempotency.IdempotencyRecord;
import io.shoppable.domain.idempotency.IdempotencyStore;
import io.shoppable.domain.idempotency.StoredResponse;
import org.jdbi.v3.core.Jdbi;

/**
 * Idempotency keys in {@code idempotency_keys}. The primary key makes a claim atomic across service
 * nodes: of two simultaneous inserts one wins, and the loser sees the winner's row.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

    // An expired row is taken over in place, so a key can be reused after its time to live; so is a row
    // without an answer whose lease ran out, because the request that claimed it died with its node.
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (user_id, endpoint, idem_key, fingerprint, created_at)
            VALUES (:user, :endpoint, :key, :fingerprint, :now)
            ON CONFLICT (user_id, endpoint, idem_key) DO UPDATE
                SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
                    status = NULL, content_type = NULL, body = NULL
                WHERE idempotency_keys.created_at < :liveSince
                   OR (idempotency_keys.status IS NULL AND idempotency_keys.created_at < :abandonedBefore)
            """;

    private static final String FIND = """
            SELECT fingerprint, created_at, status, content_type, body
            FROM idempotency_keys
            WHERE user_id = :user AND endpoint = :endpoint AND idem_key = :key
            """;

    private static final String COMPLETE = """
            UPDATE idempotency_keys SET status = :status, content_type = :contentType, body = :body
            WHERE user_id = :user AND endpoint = :endpoint AND idem_key = :key
            """;

    private static final String RELEASE = """
            DELETE FROM idempotency_keys WHERE user_id = :user AND endpoint = :endpoint AND idem_key = :key
            """;

    // uses idempotency_keys_created_at_idx
    private static final String DELETE_BEFORE = """
            DELETE FROM idempotency_keys WHERE created_at < :cutoff
            """;

    private final Jdbi jdbi;

    public JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(IdempotencyKey key, String fingerprint, Instant now, Instant liveSince,
                         Instant abandonedBefore) {
        return jdbi.withHandle(handle -> handle.createUpdate(CLAIM)
                .bind("user", key.user().value())
                .bind("endpoint", key.endpoint())
                .bind("key", key.key())
                .bind("fingerprint", fingerprint)
                .bind("now", utc(now))
                .bind("liveSince", utc(liveSince))
                .bind("abandonedBefore", utc(abandonedBefore))
                .execute()) == 1;
    }

    @Override
    public Optional<IdempotencyRecord> find(IdempotencyKey key) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND)
                .bind("user", key.user().value())
                .bind("endpoint", key.endpoint())
                .bind("key", key.key())
                .map((rs, ctx) -> {
                    int status = rs.getInt("status");
                    var response = rs.wasNull() ? Optional.<StoredResponse>empty()
                            : Optional.of(new StoredResponse(status, rs.getString("content_type"),
                                    rs.getString("body")));
                    return new IdempotencyRecord(key, rs.getString("fingerprint"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(), response);
                })
                .findOne());
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        jdbi.useHandle(handle -> handle.createUpdate(COMPLETE)
                .bind("user", key.user().value())
                .bind("endpoint", key.endpoint())
                .bind("key", key.key())
                .bind("status", response.status())
                .bind("contentType", response.contentType())
                .bind("body", response.body())
                .execute());
    }

    @Override
    public void release(IdempotencyKey key) {
        jdbi.useHandle(handle -> handle.createUpdate(RELEASE)
                .bind("user", key.user().value())
                .bind("endpoint", key.endpoint())
                .bind("key", key.key())
                .execute());
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE_BEFORE).bind("cutoff", utc(cutoff)).execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
