package io.shoppable.persistence.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.NewReport;
import io.shoppable.domain.social.Report;
import io.shoppable.domain.social.ReportId;
import io.shoppable.domain.social.ReportReason;
import io.shoppable.domain.social.ReportRepository;
import io.shoppable.domain.social.ReportStatus;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reports in {@code video_reports}. One per reporter and video is the unique key's job, so two
 * simultaneous reports cannot both get in; reasons and statuses are stored by their wire names.
 */
public final class JdbiReportRepository implements ReportRepository {

    private static final String INSERT = """
            INSERT INTO video_reports (reporter_id, video_id, reason, description, status, created_at)
            VALUES (:reporter, :video, :reason, :description, 'pending', :at)
            RETURNING id, reporter_id, video_id, reason, description, status, created_at, resolved_at
            """;

    private static final String BY_ID = """
            SELECT id, reporter_id, video_id, reason, description, status, created_at, resolved_at
            FROM video_reports WHERE id = :id
            """;

    // uses video_reports_reporter_id_video_id_key
    private static final String BY_REPORTER_PAGE = """
            SELECT id, reporter_id, video_id, reason, description, status, created_at, resolved_at,
                   count(*) OVER () AS total
            FROM video_reports
            WHERE reporter_id = :reporter
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String BY_REPORTER_COUNT = """
            SELECT count(*) FROM video_reports WHERE reporter_id = :reporter
            """;

    private static final String ALL_PAGE = """
            SELECT id, reporter_id, video_id, reason, description, status, created_at, resolved_at,
                   count(*) OVER () AS total
            FROM video_reports
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String ALL_COUNT = """
            SELECT count(*) FROM video_reports
            """;

    // uses video_reports_status_created_at_idx
    private static final String WITH_STATUS_PAGE = """
            SELECT id, reporter_id, video_id, reason, description, status, created_at, resolved_at,
                   count(*) OVER () AS total
            FROM video_reports
            WHERE status = :status
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String WITH_STATUS_COUNT = """
            SELECT count(*) FROM video_reports WHERE status = :status
            """;

    private static final String CHANGE_STATUS = """
            UPDATE video_reports
            SET status = :status,
                resolved_at = CASE WHEN :status IN ('resolved', 'dismissed') THEN CAST(:at AS timestamptz) END
            WHERE id = :id
            RETURNING id, reporter_id, video_id, reason, description, status, created_at, resolved_at
            """;

    // uses video_reports_video_id_idx
    private static final String OPEN_REPORTER_COUNT = """
            SELECT count(DISTINCT reporter_id) FROM video_reports
            WHERE video_id = :video AND status IN ('pending', 'reviewed')
            """;

    private final Jdbi jdbi;

    public JdbiReportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Report add(NewReport report, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(INSERT)
                .bind("reporter", report.reporter().value())
                .bind("video", report.video().value())
                .bind("reason", report.reason().wireName())
                .bind("description", report.description())
                .bind("at", at)
                .map(JdbiReportRepository::report)
                .one());
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_ID)
                .bind("id", id.value())
                .map(JdbiReportRepository::report)
                .findOne());
    }

    @Override
    public Page<Report> byReporter(UserId reporter, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(BY_REPORTER_PAGE).bind("reporter", reporter.value()),
                JdbiReportRepository::report, page,
                () -> handle.createQuery(BY_REPORTER_COUNT).bind("reporter", reporter.value())
                        .mapTo(Long.class).one()));
    }

    @Override
    public Page<Report> all(Optional<ReportStatus> status, PageRequest page) {
        if (status.isEmpty()) {
            return SqlErrors.withHandle(jdbi, handle -> Pages.page(handle.createQuery(ALL_PAGE),
                    JdbiReportRepository::report, page, () -> handle.createQuery(ALL_COUNT).mapTo(Long.class).one()));
        }
        var wanted = status.get().wireName();
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(WITH_STATUS_PAGE).bind("status", wanted), JdbiReportRepository::report, page,
                () -> handle.createQuery(WITH_STATUS_COUNT).bind("status", wanted).mapTo(Long.class).one()));
    }

    @Override
    public Report changeStatus(ReportId id, ReportStatus status, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(CHANGE_STATUS)
                .bind("id", id.value())
                .bind("status", status.wireName())
                .bind("at", at)
                .map(JdbiReportRepository::report)
                .findOne()
                .orElseThrow(() -> NotFound.of("Report", id)));
    }

    @Override
    public int openReporterCount(VideoId video) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(OPEN_REPORTER_COUNT)
                .bind("video", video.value())
                .mapTo(Integer.class)
                .one());
    }

    private static Report report(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Report(new ReportId(rs.getLong("id")), new UserId(rs.getLong("reporter_id")),
                new VideoId(rs.getLong("video_id")),
                ReportReason.fromWire(rs.getString("reason")),
                rs.getString("description"),
                ReportStatus.fromWire(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("resolved_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
