package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/** Reports against videos: at most one per reporter and video. */
public interface ReportRepository {

    /**
     * Files a pending report. A second report by the same reporter on the same video is
     * {@code Conflict("already_reported")}; an unknown video is {@code NotFound}.
     */
    Report add(NewReport report, Instant at);

    Optional<Report> findById(ReportId id);

    /** The reporter's own reports, newest first. */
    Page<Report> byReporter(UserId reporter, PageRequest page);

    /** All reports, newest first, optionally only those with one status. */
    Page<Report> all(Optional<ReportStatus> status, PageRequest page);

    /**
     * Moves a report to {@code status}; {@code resolvedAt} is set to {@code at} when the new status
     * closes it and cleared otherwise. {@code NotFound} when unknown.
     */
    Report changeStatus(ReportId id, ReportStatus status, Instant at);

    /** How many distinct users have open (pending or reviewed) reports on the video. */
    int openReporterCount(VideoId video);
}
