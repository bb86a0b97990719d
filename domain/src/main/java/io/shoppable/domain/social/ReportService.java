package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Optional;

/** Use cases on moderation: members report videos, admins work through the reports. */
public final class ReportService {

    private final VideoService videoService;
    private final ReportRepository reports;
    private final Transactions tx;
    private final Clock clock;

    public ReportService(VideoService videoService, ReportRepository reports, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Files a pending report against a video.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     * @throws Conflict {@code already_reported} when the member has reported this video before
     * @throws io.shoppable.domain.shared.Invalid on {@code description} when it is too long
     */
    public Report report(Viewer.Member member, VideoId video, ReportReason reason, String description) {
        var report = new NewReport(member.id(), video, reason, description == null ? "" : description.strip());
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            return reports.add(report, clock.instant());
        });
    }

    /** The reports a member may see, newest first: every report for admins, their own for everyone else. */
    public Page<Report> list(Viewer.Member member, PageRequest page) {
        return member.isAdmin() ? reports.all(Optional.empty(), page) : reports.byReporter(member.id(), page);
    }

    /**
     * All reports, newest first, optionally only those with one status; admins only.
     *
     * @throws Forbidden when the viewer is not an admin
     */
    public Page<Report> all(Viewer viewer, Optional<ReportStatus> status, PageRequest page) {
        requireAdmin(viewer);
        return reports.all(status, page);
    }

    /**
     * Moves a report to a new status; resolving or dismissing it records when. Admins only.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws NotFound  when the report is unknown
     */
    public Report changeStatus(Viewer viewer, ReportId id, ReportStatus status) {
        requireAdmin(viewer);
        return tx.inTransaction(() -> reports.changeStatus(id, status, clock.instant()));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators may review reports");
        }
    }
}
