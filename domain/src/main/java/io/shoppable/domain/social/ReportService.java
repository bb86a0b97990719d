package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Optional;

/**
 * Use cases on moderation: members report videos, admins work through the reports. A video with open
 * reports from {@link ModerationConfig#hideThreshold()} or more distinct users is hidden; the flag is
 * recomputed in the same transaction as every report and status change, under a lock on the video.
 */
public final class ReportService {

    private final VideoService videoService;
    private final VideoRepository videos;
    private final ReportRepository reports;
    private final ModerationConfig config;
    private final Transactions tx;
    private final Clock clock;

    public ReportService(VideoService videoService, VideoRepository videos, ReportRepository reports,
                         ModerationConfig config, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.videos = videos;
        this.reports = reports;
        this.config = config;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Files a pending report against a video.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     * @throws Conflict {@code already_reported} when the member has reported this video before
     * @throws Invalid  on {@code description} when it is too long
     */
    public Report report(Viewer.Member member, VideoId video, ReportReason reason, String description) {
        var report = new NewReport(member.id(), video, reason, description == null ? "" : description.strip());
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            videos.lockForModeration(video);
            var filed = reports.add(report, clock.instant());
            refreshHidden(video);
            return filed;
        });
    }

    /** The reports a member may see, newest first: every report for admins, their own for everyone else. */
    public Page<Report> list(Viewer.Member member, PageRequest page) {
        return list(member, Optional.empty(), page);
    }

    /**
     * The reports a member may see, newest first: for admins every report, or those with {@code status} when
     * given; for everyone else their own (the status filter is an admin tool and does not apply).
     */
    public Page<Report> list(Viewer.Member member, Optional<ReportStatus> status, PageRequest page) {
        return member.isAdmin() ? reports.all(status, page) : reports.byReporter(member.id(), page);
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
     * Moves a report to a new status; resolving or dismissing it records when. Admins only. The video is
     * shown again once fewer than the threshold of distinct users still have open reports on it.
     *
     * @throws Forbidden when the viewer is not an admin
     * @throws NotFound  when the report is unknown
     * @throws Invalid   on {@code status} when asked to move a report back to pending
     */
    public Report changeStatus(Viewer viewer, ReportId id, ReportStatus status) {
        requireAdmin(viewer);
        if (status == ReportStatus.PENDING) {
            throw Invalid.field("status", "must be one of reviewed, resolved, dismissed");
        }
        return tx.inTransaction(() -> {
            var video = reports.findById(id).orElseThrow(() -> NotFound.of("Report", id)).video();
            videos.lockForModeration(video);
            var changed = reports.changeStatus(id, status, clock.instant());
            refreshHidden(video);
            return changed;
        });
    }

    private void refreshHidden(VideoId video) {
        videos.setHidden(video, reports.openReporterCount(video) >= config.hideThreshold());
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators may review reports");
        }
    }
}
