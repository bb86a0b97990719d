--liquibase formatted sql

--changeset shoppable:0100-related-videos splitStatements:false
-- More-like-this and also-watched read bounded slices through indexes (decision D70), whatever the
-- catalogue's size.
--
-- One row per tag of a video, so that "the newest videos with this tag" (in any category, or in one
-- category) is an index range scan instead of every video sharing the tag (the GIN index only answers
-- "all of them"). A trigger keeps it equal to videos.tags and videos.category_id on every write path,
-- the bulk COPY of seed-demo included; rows go with their video (ON DELETE CASCADE).
CREATE TABLE video_tags (
    video_id    bigint      NOT NULL,
    tag         text        NOT NULL,
    category_id bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT video_tags_pkey PRIMARY KEY (video_id, tag),
    CONSTRAINT video_tags_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE
);
CREATE INDEX video_tags_tag_created_at_idx ON video_tags (tag, created_at DESC, video_id DESC);
CREATE INDEX video_tags_tag_category_id_created_at_idx
    ON video_tags (tag, category_id, created_at DESC, video_id DESC);

CREATE FUNCTION video_tags_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM video_tags WHERE video_id = NEW.id;
    END IF;
    INSERT INTO video_tags (video_id, tag, category_id, created_at)
    SELECT DISTINCT NEW.id, t.tag, NEW.category_id, NEW.created_at FROM unnest(NEW.tags) AS t(tag);
    RETURN NULL;
END;
$$;
CREATE TRIGGER videos_tags_sync AFTER INSERT OR UPDATE OF tags, category_id, created_at ON videos
    FOR EACH ROW EXECUTE FUNCTION video_tags_sync();

INSERT INTO video_tags (video_id, tag, category_id, created_at)
SELECT DISTINCT v.id, t.tag, v.category_id, v.created_at FROM videos v CROSS JOIN LATERAL unnest(v.tags) AS t(tag);

-- The hottest listable videos of a category (more-like-this's same-category slice).
CREATE INDEX videos_category_id_trend_score_idx ON videos (category_id, trend_score DESC, id)
    WHERE is_active AND NOT is_hidden;

-- A video's newest likes and saves (also-watched's engagers); they replace the plain video_id indexes,
-- whose every use they also serve.
CREATE INDEX video_likes_video_id_created_at_idx ON video_likes (video_id, created_at DESC);
DROP INDEX video_likes_video_id_idx;
CREATE INDEX video_saves_video_id_created_at_idx ON video_saves (video_id, created_at DESC);
DROP INDEX video_saves_video_id_idx;
--rollback CREATE INDEX video_saves_video_id_idx ON video_saves (video_id);
--rollback DROP INDEX video_saves_video_id_created_at_idx;
--rollback CREATE INDEX video_likes_video_id_idx ON video_likes (video_id);
--rollback DROP INDEX video_likes_video_id_created_at_idx;
--rollback DROP INDEX videos_category_id_trend_score_idx;
--rollback DROP TRIGGER videos_tags_sync ON videos;
--rollback DROP FUNCTION video_tags_sync();
--rollback DROP TABLE video_tags;
