--liquibase formatted sql

--changeset shoppable:0082-card-version
-- Each node also caches what a feed card shows besides its counters and marks (decision D61): the video's text
-- and media, its items, its products and its creator. Statements that change those advance the same catalogue
-- version (changeset 0080), so a card changed anywhere is read afresh by the very next feed on every node.
CREATE TRIGGER videos_card_version AFTER UPDATE OF title, description, thumbnail, video_file, image_file,
    content_type ON videos
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER video_items_card_version AFTER INSERT OR UPDATE OR DELETE ON video_items
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER video_additional_products_card_version AFTER INSERT OR UPDATE OR DELETE ON video_additional_products
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
CREATE TRIGGER products_card_version AFTER UPDATE OF name, price, category_id, seller_id ON products
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
-- Counters (followers, posts, views) leave it alone: a card's creator counters may lag by the card's time to live.
CREATE TRIGGER creator_profiles_card_version AFTER INSERT OR DELETE
    OR UPDATE OF handle, display_name, bio, avatar, is_verified, user_id ON creator_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION advance_catalogue_version();
--rollback DROP TRIGGER creator_profiles_card_version ON creator_profiles;
--rollback DROP TRIGGER products_card_version ON products;
--rollback DROP TRIGGER video_additional_products_card_version ON video_additional_products;
--rollback DROP TRIGGER video_items_card_version ON video_items;
--rollback DROP TRIGGER videos_card_version ON videos;
