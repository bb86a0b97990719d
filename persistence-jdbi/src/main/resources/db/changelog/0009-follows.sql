--liquibase formatted sql

--changeset shoppable:0009-follows
CREATE TABLE user_follows (
    follower_id  bigint      NOT NULL,
    following_id bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    -- Also serves "whom does this user follow".
    CONSTRAINT user_follows_pkey PRIMARY KEY (follower_id, following_id),
    CONSTRAINT user_follows_follower_id_fkey FOREIGN KEY (follower_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_follows_following_id_fkey FOREIGN KEY (following_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_follows_not_self_check CHECK (follower_id <> following_id)
);
-- A user's followers, newest first.
CREATE INDEX user_follows_following_id_created_at_idx ON user_follows (following_id, created_at);
--rollback DROP TABLE user_follows;
