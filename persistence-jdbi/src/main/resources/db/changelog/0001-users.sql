--liquibase formatted sql

--changeset shoppable:0001-users
-- The id is the host marketplace's user id, so it is never generated here.
CREATE TABLE users (
    id         bigint      NOT NULL,
    username   text        NOT NULL,
    is_admin   boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_id_check CHECK (id > 0),
    CONSTRAINT users_username_check CHECK (char_length(username) BETWEEN 1 AND 150)
);
--rollback DROP TABLE users;
