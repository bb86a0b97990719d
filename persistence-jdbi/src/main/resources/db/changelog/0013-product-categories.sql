--liquibase formatted sql

--changeset shoppable:0013-product-categories
-- The host marketplace's category of a product; the standalone catalog keeps only the id (decision D12).
ALTER TABLE products ADD COLUMN category_id bigint;
ALTER TABLE products ADD CONSTRAINT products_category_id_check CHECK (category_id > 0);
CREATE INDEX products_category_id_idx ON products (category_id) WHERE category_id IS NOT NULL;
-- "Which videos feature this product": creator filters and a creator's shop window.
CREATE INDEX videos_product_id_idx ON videos (product_id);
CREATE INDEX video_additional_products_product_id_idx ON video_additional_products (product_id);
