--liquibase formatted sql

--changeset shoppable:0002-categories
CREATE TABLE video_categories (
    id         bigserial   NOT NULL,
    name       text        NOT NULL,
    icon       text,
    sort_order integer     NOT NULL DEFAULT 0,
    is_active  boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT video_categories_pkey PRIMARY KEY (id),
    CONSTRAINT video_categories_name_key UNIQUE (name),
    CONSTRAINT video_categories_name_check CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT video_categories_sort_order_check CHECK (sort_order >= 0)
);
-- Listing the active categories walks this index in display order.
CREATE INDEX video_categories_sort_order_name_idx ON video_categories (sort_order, name) WHERE is_active;
--rollback DROP TABLE video_categories;
