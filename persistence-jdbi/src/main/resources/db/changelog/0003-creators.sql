--liquibase formatted sql

--changeset shoppable:0003-creators
CREATE TABLE creator_profiles (
    id             bigserial   NOT NULL,
    user_id        bigint      NOT NULL,
    handle         text        NOT NULL,
    display_name   text        NOT NULL,
    bio            text        NOT NULL DEFAULT '',
    avatar         text,
    social_links   jsonb       NOT NULL DEFAULT '{}',
    is_verified    boolean     NOT NULL DEFAULT false,
    follower_count bigint      NOT NULL DEFAULT 0,
    posts_count    bigint      NOT NULL DEFAULT 0,
    views_count    bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    CONSTRAINT creator_profiles_pkey PRIMARY KEY (id),
    CONSTRAINT creator_profiles_user_id_key UNIQUE (user_id),
    CONSTRAINT creator_profiles_handle_key UNIQUE (handle),
    CONSTRAINT creator_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT creator_profiles_social_links_check CHECK (jsonb_typeof(social_links) = 'object'),
    CONSTRAINT creator_profiles_follower_count_check CHECK (follower_count >= 0),
    CONSTRAINT creator_profiles_posts_count_check CHECK (posts_count >= 0),
    CONSTRAINT creator_profiles_views_count_check CHECK (views_count >= 0)
);
-- Creators are listed and ranked by followers.
CREATE INDEX creator_profiles_follower_count_idx ON creator_profiles (follower_count DESC);

CREATE TABLE creator_video_categories (
    creator_id  bigint NOT NULL,
    category_id bigint NOT NULL,
    CONSTRAINT creator_video_categories_pkey PRIMARY KEY (creator_id, category_id),
    CONSTRAINT creator_video_categories_creator_id_fkey FOREIGN KEY (creator_id)
        REFERENCES creator_profiles (id) ON DELETE CASCADE,
    CONSTRAINT creator_video_categories_category_id_fkey FOREIGN KEY (category_id)
        REFERENCES video_categories (id) ON DELETE CASCADE
);
-- A category's creators.
CREATE INDEX creator_video_categories_category_id_idx ON creator_video_categories (category_id);
--rollback DROP TABLE creator_video_categories;
--rollback DROP TABLE creator_profiles;
