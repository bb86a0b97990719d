--liquibase formatted sql

--changeset shoppable:0004-products
-- The standalone product catalog; a host marketplace may plug in its own instead.
CREATE TABLE products (
    id         bigserial     NOT NULL,
    seller_id  bigint        NOT NULL,
    name       text          NOT NULL,
    price      numeric(12,2) NOT NULL,
    stock      integer       NOT NULL DEFAULT 0,
    is_active  boolean       NOT NULL DEFAULT true,
    created_at timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT products_pkey PRIMARY KEY (id),
    CONSTRAINT products_seller_id_fkey FOREIGN KEY (seller_id) REFERENCES users (id),
    CONSTRAINT products_name_check CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT products_price_check CHECK (price >= 0),
    CONSTRAINT products_stock_check CHECK (stock >= 0)
);
-- A creator's products.
CREATE INDEX products_seller_id_idx ON products (seller_id);
--rollback DROP TABLE products;
