--liquibase formatted sql

--changeset shoppable:0006-engagement
CREATE TABLE video_likes (
    user_id    bigint      NOT NULL,
    video_id   bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT video_likes_pkey PRIMARY KEY (user_id, video_id),
    CONSTRAINT video_likes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT video_likes_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);
-- Cascading deletes and "who liked this video".
CREATE INDEX video_likes_video_id_idx ON video_likes (video_id);

CREATE TABLE video_saves (
    user_id    bigint      NOT NULL,
    video_id   bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT video_saves_pkey PRIMARY KEY (user_id, video_id),
    CONSTRAINT video_saves_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT video_saves_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);
CREATE INDEX video_saves_video_id_idx ON video_saves (video_id);
--rollback DROP TABLE video_saves;
--rollback DROP TABLE video_likes;
