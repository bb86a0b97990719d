--liquibase formatted sql

--changeset shoppable:0020-recommendation-indexes
-- Trend scores read the recent window of every engagement kind (JdbiTrendStore).
CREATE INDEX user_interactions_created_at_idx ON user_interactions (created_at);
CREATE INDEX video_likes_created_at_idx ON video_likes (created_at);
CREATE INDEX video_saves_created_at_idx ON video_saves (created_at);
-- A member's likes and saves, newest first (the feed's profile events).
CREATE INDEX video_likes_user_id_created_at_idx ON video_likes (user_id, created_at DESC);
CREATE INDEX video_saves_user_id_created_at_idx ON video_saves (user_id, created_at DESC);
-- Whom a user follows, newest first (the feed's following source).
CREATE INDEX user_follows_follower_id_created_at_idx ON user_follows (follower_id, created_at DESC);
--rollback DROP INDEX user_follows_follower_id_created_at_idx;
--rollback DROP INDEX video_saves_user_id_created_at_idx;
--rollback DROP INDEX video_likes_user_id_created_at_idx;
--rollback DROP INDEX video_saves_created_at_idx;
--rollback DROP INDEX video_likes_created_at_idx;
--rollback DROP INDEX user_interactions_created_at_idx;
