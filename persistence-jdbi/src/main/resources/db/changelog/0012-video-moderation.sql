--liquibase formatted sql

--changeset shoppable:0012-video-moderation
-- Kept by the report use cases in the same transaction as every report and status change: true while
-- enough distinct users have open reports on the video. Lists filter on the flag instead of counting.
ALTER TABLE videos ADD COLUMN is_hidden boolean NOT NULL DEFAULT false;
-- The feed and category lists: newest listable videos first.
CREATE INDEX videos_listable_created_at_idx ON videos (created_at DESC, id DESC) WHERE is_active AND NOT is_hidden;
-- A creator's videos, newest first.
CREATE INDEX videos_owner_id_created_at_idx ON videos (owner_id, created_at DESC);
