--liquibase formatted sql

--changeset shoppable:0050-not-interested
-- "Not interested" feedback: the video never comes back for the user; its creator and category are
-- muted, then recover (recommendation-core NegativeFeedback). The feed reads a user's rows by the key.
CREATE TABLE video_not_interested (
    user_id    bigint      NOT NULL,
    video_id   bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT video_not_interested_pkey PRIMARY KEY (user_id, video_id),
    CONSTRAINT video_not_interested_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT video_not_interested_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id)
        ON DELETE CASCADE
);
-- Cascading a video's delete.
CREATE INDEX video_not_interested_video_id_idx ON video_not_interested (video_id);
--rollback DROP TABLE video_not_interested;
