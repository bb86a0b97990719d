--liquibase formatted sql

--changeset shoppable:0080-catalogue-version splitStatements:false
-- Each node caches the user-independent candidate lists of the feed (newest, trending, per category) for a few
-- seconds. Any statement that may change which videos are visible or how they rank in those lists advances
-- this sequence; the feed reads it with every request and reloads its lists when it moved (decision D60).
-- Counter updates (views, likes, shares, saves) do not name these columns and leave it alone.
CREATE SEQUENCE catalogue_version;

CREATE FUNCTION advance_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('catalogue_version');
    RETURN NULL;
END;
$$;

CREATE TRIGGER videos_catalogue_version_insert_delete AFTER INSERT OR DELETE ON videos
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER videos_catalogue_version_update
    AFTER UPDATE OF is_active, is_hidden, category_id, product_id, owner_id, tags, created_at, trend_score ON videos
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER products_catalogue_version AFTER UPDATE OF is_active, stock OR DELETE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER video_categories_catalogue_version AFTER UPDATE OF is_active OR DELETE ON video_categories
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
--rollback DROP TRIGGER video_categories_catalogue_version ON video_categories;
--rollback DROP TRIGGER products_catalogue_version ON products;
--rollback DROP TRIGGER videos_catalogue_version_update ON videos;
--rollback DROP TRIGGER videos_catalogue_version_insert_delete ON videos;
--rollback DROP FUNCTION advance_catalogue_version();
--rollback DROP SEQUENCE catalogue_version;
