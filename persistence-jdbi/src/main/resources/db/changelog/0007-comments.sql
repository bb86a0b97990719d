--liquibase formatted sql

--changeset shoppable:0007-comments
CREATE TABLE video_comments (
    id         bigserial   NOT NULL,
    video_id   bigint      NOT NULL,
    author_id  bigint      NOT NULL,
    parent_id  bigint,
    text       text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT video_comments_pkey PRIMARY KEY (id),
    -- The target of the parent key below: (id, video_id) is unique because id is.
    CONSTRAINT video_comments_id_video_id_key UNIQUE (id, video_id),
    CONSTRAINT video_comments_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE,
    CONSTRAINT video_comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
    -- A reply's parent is a comment on the same video by construction, not by a check in code.
    CONSTRAINT video_comments_parent_fkey FOREIGN KEY (parent_id, video_id)
        REFERENCES video_comments (id, video_id) ON DELETE CASCADE,
    CONSTRAINT video_comments_text_check CHECK (char_length(text) BETWEEN 1 AND 2000)
);
-- A video's top-level comments, newest first.
CREATE INDEX video_comments_video_id_created_at_idx ON video_comments (video_id, created_at) WHERE parent_id IS NULL;
-- Walking a thread down, and cascading a parent's delete.
CREATE INDEX video_comments_parent_id_idx ON video_comments (parent_id);
--rollback DROP TABLE video_comments;
