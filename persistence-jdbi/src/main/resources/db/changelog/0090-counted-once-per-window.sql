--liquibase formatted sql

--changeset shoppable:0090-counted-once-per-window
-- A view or share event records the fixed 30-second window it was counted in; the unique index lets only
-- the first of one viewer's events per video, kind and window be stored, whichever node sent it, and the
-- counter flush counts exactly the events it could insert (decision D65). Older rows and tracked events
-- have no window and are not in the index.
ALTER TABLE user_interactions ADD COLUMN count_window bigint;
CREATE UNIQUE INDEX user_interactions_counted_once_idx
    ON user_interactions (session_key, video_id, event_type, count_window)
    WHERE count_window IS NOT NULL;
--rollback DROP INDEX user_interactions_counted_once_idx;
--rollback ALTER TABLE user_interactions DROP COLUMN count_window;
