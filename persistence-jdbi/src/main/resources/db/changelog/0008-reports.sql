--liquibase formatted sql

--changeset shoppable:0008-reports
CREATE TABLE video_reports (
    id          bigserial   NOT NULL,
    reporter_id bigint      NOT NULL,
    video_id    bigint      NOT NULL,
    reason      text        NOT NULL,
    description text        NOT NULL DEFAULT '',
    status      text        NOT NULL DEFAULT 'pending',
    created_at  timestamptz NOT NULL,
    resolved_at timestamptz,
    CONSTRAINT video_reports_pkey PRIMARY KEY (id),
    -- At most one report per reporter and video; also serves "my reports".
    CONSTRAINT video_reports_reporter_id_video_id_key UNIQUE (reporter_id, video_id),
    CONSTRAINT video_reports_reporter_id_fkey FOREIGN KEY (reporter_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT video_reports_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos (id) ON DELETE CASCADE,
    CONSTRAINT video_reports_reason_check
        CHECK (reason IN ('spam', 'inappropriate', 'harassment', 'misleading', 'other')),
    CONSTRAINT video_reports_description_check CHECK (char_length(description) <= 2000),
    CONSTRAINT video_reports_status_check CHECK (status IN ('pending', 'reviewed', 'resolved', 'dismissed')),
    CONSTRAINT video_reports_resolved_at_check
        CHECK ((status IN ('resolved', 'dismissed')) = (resolved_at IS NOT NULL))
);
-- The moderation queue by status, newest first.
CREATE INDEX video_reports_status_created_at_idx ON video_reports (status, created_at);
-- Open reports on one video.
CREATE INDEX video_reports_video_id_idx ON video_reports (video_id);
--rollback DROP TABLE video_reports;
