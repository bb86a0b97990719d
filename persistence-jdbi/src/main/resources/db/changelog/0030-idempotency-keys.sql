--liquibase formatted sql

--changeset shoppable:0030-idempotency-keys
-- One row per Idempotency-Key a member used on an endpoint; the answer is filled in once it is known.
CREATE TABLE idempotency_keys (
    user_id       BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint      VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    body          TEXT,
    PRIMARY KEY (user_id, endpoint, idem_key),
    CONSTRAINT idempotency_keys_answer_complete CHECK ((status IS NULL) = (body IS NULL))
);
-- The hourly purge of expired keys.
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
--rollback DROP TABLE idempotency_keys;
