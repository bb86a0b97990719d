--liquibase formatted sql

--changeset shoppable:0010-interactions
-- The behavioural log the recommendation engine learns from. product_id has no foreign key on
-- purpose: a host marketplace may keep its products elsewhere, and the log must never reject an event
-- for a product withdrawn since.
CREATE TABLE user_interactions (
    id            bigserial        NOT NULL,
    user_id       bigint,
    session_key   text             NOT NULL,
    video_id      bigint           NOT NULL,
    product_id    bigint,
    event_type    text             NOT NULL,
    dwell_seconds double precision,
    extra_data    jsonb            NOT NULL DEFAULT '{}',
    created_at    timestamptz      NOT NULL,
    CONSTRAINT user_interactions_pkey PRIMARY KEY (id),
    CONSTRAINT user_interactions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_interactions_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE,
    CONSTRAINT user_interactions_session_key_check CHECK (char_length(session_key) BETWEEN 1 AND 200),
    CONSTRAINT user_interactions_event_type_check CHECK (event_type IN ('view', 'share', 'product_view',
        'add_to_cart_from_video', 'watch_time', 'cta_click', 'scroll_pause')),
    CONSTRAINT user_interactions_dwell_seconds_check CHECK (dwell_seconds BETWEEN 0 AND 86400),
    CONSTRAINT user_interactions_extra_data_check CHECK (jsonb_typeof(extra_data) = 'object')
);
-- A member's recent events (profile building).
CREATE INDEX user_interactions_user_id_created_at_idx ON user_interactions (user_id, created_at DESC);
-- An anonymous session's recent events (session reactivity).
CREATE INDEX user_interactions_session_key_created_at_idx ON user_interactions (session_key, created_at DESC);
-- "People also watched" and cascading a video's delete.
CREATE INDEX user_interactions_video_id_created_at_idx ON user_interactions (video_id, created_at);
--rollback DROP TABLE user_interactions;
