--liquibase formatted sql

--changeset shoppable:0011-carts
CREATE TABLE carts (
    id         bigserial   NOT NULL,
    user_id    bigint      NOT NULL,
    is_active  boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    CONSTRAINT carts_pkey PRIMARY KEY (id),
    CONSTRAINT carts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
-- One active cart per user; also how the active cart is found.
CREATE UNIQUE INDEX carts_user_id_idx ON carts (user_id) WHERE is_active;

CREATE TABLE cart_lines (
    cart_id    bigint      NOT NULL,
    product_id bigint      NOT NULL,
    quantity   integer     NOT NULL,
    added_at   timestamptz NOT NULL,
    CONSTRAINT cart_lines_pkey PRIMARY KEY (cart_id, product_id),
    CONSTRAINT cart_lines_cart_id_fkey FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE,
    CONSTRAINT cart_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT cart_lines_quantity_check CHECK (quantity > 0)
);
--rollback DROP TABLE cart_lines;
--rollback DROP TABLE carts;
