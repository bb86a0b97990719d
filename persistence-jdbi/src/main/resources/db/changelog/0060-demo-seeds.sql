--liquibase formatted sql

--changeset shoppable:0060-demo-seeds
-- Which generated demo data set (scale and seed) seed-demo loaded, so that loading it again does nothing.
CREATE TABLE demo_seeds (
    scale       text        NOT NULL,
    seed        bigint      NOT NULL,
    rows_loaded bigint      NOT NULL,
    loaded_at   timestamptz NOT NULL,
    CONSTRAINT demo_seeds_pkey PRIMARY KEY (scale, seed),
    CONSTRAINT demo_seeds_rows_loaded_check CHECK (rows_loaded >= 0)
);
--rollback DROP TABLE demo_seeds;
