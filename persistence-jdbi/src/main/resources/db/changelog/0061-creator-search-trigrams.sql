--liquibase formatted sql

--changeset shoppable:0061-creator-search-trigrams
-- Creator search matches handles, display names and usernames with ILIKE '%text%'; trigram indexes let
-- it read only the matching rows instead of every profile (decision D52). pg_trgm is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX creator_profiles_handle_trgm_idx ON creator_profiles USING gin (handle gin_trgm_ops);
CREATE INDEX creator_profiles_display_name_trgm_idx ON creator_profiles USING gin (display_name gin_trgm_ops);
CREATE INDEX users_username_trgm_idx ON users USING gin (username gin_trgm_ops);
--rollback DROP INDEX users_username_trgm_idx;
--rollback DROP INDEX creator_profiles_display_name_trgm_idx;
--rollback DROP INDEX creator_profiles_handle_trgm_idx;
