--liquibase formatted sql

--changeset shoppable:0005-videos
CREATE TABLE videos (
    id           bigserial        NOT NULL,
    owner_id     bigint           NOT NULL,
    content_type text             NOT NULL,
    video_file   text,
    image_file   text,
    thumbnail    text,
    title        text             NOT NULL,
    description  text             NOT NULL DEFAULT '',
    tags         text[]           NOT NULL DEFAULT '{}',
    category_id  bigint           NOT NULL,
    product_id   bigint           NOT NULL,
    trend_score  double precision NOT NULL DEFAULT 0,
    views_count  bigint           NOT NULL DEFAULT 0,
    likes_count  bigint           NOT NULL DEFAULT 0,
    shares_count bigint           NOT NULL DEFAULT 0,
    saves_count  bigint           NOT NULL DEFAULT 0,
    is_active    boolean          NOT NULL DEFAULT true,
    created_at   timestamptz      NOT NULL,
    CONSTRAINT videos_pkey PRIMARY KEY (id),
    CONSTRAINT videos_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT videos_category_id_fkey FOREIGN KEY (category_id) REFERENCES video_categories (id),
    CONSTRAINT videos_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT videos_content_type_check CHECK (content_type IN ('VIDEO', 'IMAGE', 'COLLECTION')),
    -- A VIDEO plays its video file; an IMAGE shows its image file; a COLLECTION's cover is its image file.
    CONSTRAINT videos_media_check CHECK (
        (content_type = 'VIDEO' AND video_file IS NOT NULL)
        OR (content_type IN ('IMAGE', 'COLLECTION') AND image_file IS NOT NULL)),
    CONSTRAINT videos_title_check CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT videos_trend_score_check CHECK (trend_score >= 0),
    CONSTRAINT videos_views_count_check CHECK (views_count >= 0),
    CONSTRAINT videos_likes_count_check CHECK (likes_count >= 0),
    CONSTRAINT videos_shares_count_check CHECK (shares_count >= 0),
    CONSTRAINT videos_saves_count_check CHECK (saves_count >= 0)
);
-- The indexes the spec names for trending, recency and media type.
CREATE INDEX videos_trend_score_idx ON videos (trend_score DESC);
CREATE INDEX videos_created_at_idx ON videos (created_at DESC);
CREATE INDEX videos_content_type_idx ON videos (content_type);
-- A category's videos, newest first.
CREATE INDEX videos_category_id_created_at_idx ON videos (category_id, created_at DESC);
-- A creator's videos.
CREATE INDEX videos_owner_id_idx ON videos (owner_id);
-- Similar content by tag overlap (tags && :tags).
CREATE INDEX videos_tags_idx ON videos USING gin (tags);

CREATE TABLE video_additional_products (
    video_id   bigint  NOT NULL,
    product_id bigint  NOT NULL,
    position   integer NOT NULL,
    CONSTRAINT video_additional_products_pkey PRIMARY KEY (video_id, product_id),
    CONSTRAINT video_additional_products_video_id_fkey FOREIGN KEY (video_id)
        REFERENCES videos (id) ON DELETE CASCADE,
    CONSTRAINT video_additional_products_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT video_additional_products_position_check CHECK (position >= 0)
);

CREATE TABLE video_items (
    id         bigserial   NOT NULL,
    video_id   bigint      NOT NULL,
    file       text        NOT NULL,
    thumbnail  text,
    sort_order integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT video_items_pkey PRIMARY KEY (id),
    CONSTRAINT video_items_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE,
    CONSTRAINT video_items_sort_order_check CHECK (sort_order >= 0)
);
-- A carousel in display order.
CREATE INDEX video_items_video_id_sort_order_idx ON video_items (video_id, sort_order);
--rollback DROP TABLE video_items;
--rollback DROP TABLE video_additional_products;
--rollback DROP TABLE videos;
