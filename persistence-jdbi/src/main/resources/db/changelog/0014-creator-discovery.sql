--liquibase formatted sql

--changeset shoppable:0014-creator-discovery
-- Trending creators: follows that started inside the window.
CREATE INDEX user_follows_created_at_idx ON user_follows (created_at);
-- Creator search pages: most followed first, ties by id.
CREATE INDEX creator_profiles_follower_count_id_idx ON creator_profiles (follower_count DESC, id);
