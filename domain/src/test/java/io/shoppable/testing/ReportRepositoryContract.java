package io.shoppable.testing;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.NewReport;
import io.shoppable.domain.social.Report;
import io.shoppable.domain.social.ReportId;
import io.shoppable.domain.social.ReportReason;
import io.shoppable.domain.social.ReportRepository;
import io.shoppable.domain.social.ReportStatus;
import io.shoppable.domain.user.User;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ReportRepository} promises. */
public abstract class ReportRepositoryContract {

    private static final Instant T0 = MutableClock.T0;
    private static final ReportId UNKNOWN = new ReportId(999_999);

    private ReportRepository reports;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpReportContract() {
        var ports = ports();
        reports = ports.reports();
        given = new Given(ports);
    }

    private Report report(User reporter, Video video, Instant at) {
        return reports.add(new NewReport(reporter.id(), video.id(), ReportReason.SPAM, ""), at);
    }

    @Test
    public void add_files_a_pending_report_that_is_not_resolved() {
        var alice = given.aUser();
        var video = given.aVideo().create();

        var report = reports.add(new NewReport(alice.id(), video.id(), ReportReason.MISLEADING, "Fake discount"), T0);

        assertThat(report).isEqualTo(new Report(report.id(), alice.id(), video.id(), ReportReason.MISLEADING,
                "Fake discount", ReportStatus.PENDING, T0, Optional.empty()));
        assertThat(reports.findById(report.id())).contains(report);
    }

    @Test
    public void a_second_report_by_the_same_reporter_on_the_same_video_is_a_conflict() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        report(alice, video, T0);
        var again = new NewReport(alice.id(), video.id(), ReportReason.OTHER, "again");

        assertConflict("already_reported", () -> reports.add(again, T0.plusSeconds(1)));
    }

    @Test
    public void others_may_report_the_same_video_and_the_reporter_other_videos() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        report(alice, video, T0);

        var byBob = report(given.aUser(), video, T0);
        var otherVideo = report(alice, given.aVideo().create(), T0);

        assertThat(reports.findById(byBob.id())).contains(byBob);
        assertThat(reports.findById(otherVideo.id())).contains(otherVideo);
    }

    @Test
    public void a_report_on_an_unknown_video_is_not_found() {
        var report = new NewReport(given.aUser().id(), new VideoId(999_999), ReportReason.SPAM, "");

        assertNotFound(() -> reports.add(report, T0));
    }

    @Test
    public void find_by_id_of_an_unknown_report_is_empty() {
        assertThat(reports.findById(UNKNOWN)).isEmpty();
    }

    @Test
    public void by_reporter_lists_the_reporters_own_reports_newest_first_in_pages() {
        var alice = given.aUser();
        var older = report(alice, given.aVideo().create(), T0);
        var newest = report(alice, given.aVideo().create(), T0.plusSeconds(20));
        var middle = report(alice, given.aVideo().create(), T0.plusSeconds(10));
        report(given.aUser(), given.aVideo().create(), T0.plusSeconds(30));

        var one = reports.byReporter(alice.id(), new PageRequest(2, 0));
        var two = reports.byReporter(alice.id(), new PageRequest(2, 2));

        assertThat(one.items()).containsExactly(newest, middle);
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).containsExactly(older);
        assertThat(two.hasNext()).isFalse();
    }

    @Test
    public void all_lists_every_report_newest_first() {
        var older = report(given.aUser(), given.aVideo().create(), T0);
        var newer = report(given.aUser(), given.aVideo().create(), T0.plusSeconds(1));

        var page = reports.all(Optional.empty(), PageRequest.first(10));

        assertThat(page.items()).containsExactly(newer, older);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    public void all_can_keep_to_one_status() {
        var pending = report(given.aUser(), given.aVideo().create(), T0);
        var resolved = report(given.aUser(), given.aVideo().create(), T0.plusSeconds(1));
        resolved = reports.changeStatus(resolved.id(), ReportStatus.RESOLVED, T0.plusSeconds(2));

        assertThat(reports.all(Optional.of(ReportStatus.PENDING), PageRequest.first(10)).items())
                .containsExactly(pending);
        assertThat(reports.all(Optional.of(ReportStatus.RESOLVED), PageRequest.first(10)).items())
                .containsExactly(resolved);
        assertThat(reports.all(Optional.of(ReportStatus.DISMISSED), PageRequest.first(10)).total()).isZero();
    }

    @Test
    public void closing_a_report_sets_its_resolution_time() {
        var report = report(given.aUser(), given.aVideo().create(), T0);

        var dismissed = reports.changeStatus(report.id(), ReportStatus.DISMISSED, T0.plusSeconds(60));

        assertThat(dismissed.status()).isEqualTo(ReportStatus.DISMISSED);
        assertThat(dismissed.resolvedAt()).contains(T0.plusSeconds(60));
        assertThat(reports.findById(report.id())).contains(dismissed);
    }

    @Test
    public void reopening_a_report_clears_its_resolution_time() {
        var report = report(given.aUser(), given.aVideo().create(), T0);
        reports.changeStatus(report.id(), ReportStatus.RESOLVED, T0.plusSeconds(60));

        var reviewed = reports.changeStatus(report.id(), ReportStatus.REVIEWED, T0.plusSeconds(120));

        assertThat(reviewed).isEqualTo(new Report(report.id(), report.reporter(), report.video(), report.reason(),
                report.description(), ReportStatus.REVIEWED, T0, Optional.empty()));
    }

    @Test
    public void changing_the_status_of_an_unknown_report_is_not_found() {
        assertNotFound(() -> reports.changeStatus(UNKNOWN, ReportStatus.RESOLVED, T0));
    }

    @Test
    public void open_reporter_count_counts_users_with_pending_or_reviewed_reports_on_the_video() {
        var video = given.aVideo().create();
        report(given.aUser(), video, T0);
        var reviewed = report(given.aUser(), video, T0);
        reports.changeStatus(reviewed.id(), ReportStatus.REVIEWED, T0);
        var dismissed = report(given.aUser(), video, T0);
        reports.changeStatus(dismissed.id(), ReportStatus.DISMISSED, T0);
        report(given.aUser(), given.aVideo().create(), T0);

        assertThat(reports.openReporterCount(video.id())).isEqualTo(2);
    }

    @Test
    public void open_reporter_count_of_an_unreported_video_is_zero() {
        assertThat(reports.openReporterCount(given.aVideo().create().id())).isZero();
    }
}
