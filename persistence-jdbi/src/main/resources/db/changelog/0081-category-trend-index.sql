--liquibase formatted sql

--changeset shoppable:0081-category-trend-index
-- The feed's per-category trending list (decision D60) walks this index per category instead of the global
-- trend index filtered by category (about 4 s instead of 1 ms per category at scale M).
CREATE INDEX videos_category_id_trend_score_idx ON videos (category_id, trend_score DESC, id DESC)
    WHERE is_active AND NOT is_hidden;
--rollback DROP INDEX videos_category_id_trend_score_idx;
