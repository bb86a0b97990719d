package io.shoppable.domain.social;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class ReportServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final VideoService videoService = new VideoService(ports.videos(), ports.categories(), ports.products(),
            new CreatorService(ports.creators(), ports.tx(), clock), ports.creators(), ports.tx(), clock);
    private final ReportService service = new ReportService(videoService, ports.videos(), ports.reports(),
            new ModerationConfig(2), ports.tx(), clock);

    private final Video video = given.aVideo().create();
    private final Viewer.Member alice = Given.asMember(given.aUser("alice"));
    private final Viewer.Member bob = Given.asMember(given.aUser("bob"));
    private final Viewer.Member admin = Given.asMember(given.anAdmin());

    @Test
    void a_member_files_a_pending_report() {
        var report = service.report(alice, video.id(), ReportReason.SPAM, "  Bot account posting spam links ");

        assertThat(report).isEqualTo(new Report(report.id(), alice.id(), video.id(), ReportReason.SPAM,
                "Bot account posting spam links", ReportStatus.PENDING, MutableClock.T0, Optional.empty()));
    }

    @Test
    void a_report_may_come_without_a_description() {
        assertThat(service.report(alice, video.id(), ReportReason.OTHER, null).description()).isEmpty();
    }

    @Test
    void reporting_a_video_twice_is_a_conflict() {
        service.report(alice, video.id(), ReportReason.SPAM, "");

        assertConflict("already_reported", () -> service.report(alice, video.id(), ReportReason.HARASSMENT, ""));
    }

    @Test
    void reporting_a_video_that_is_not_visible_is_not_found() {
        var hidden = given.aVideo().inactive().create();

        assertNotFound(() -> service.report(alice, hidden.id(), ReportReason.SPAM, ""));
        assertNotFound(() -> service.report(alice, new VideoId(999), ReportReason.SPAM, ""));
    }

    @Test
    void a_too_long_description_is_invalid() {
        assertInvalid("description", () -> service.report(alice, video.id(), ReportReason.SPAM, "x".repeat(2_001)));
    }

    @Test
    void members_list_their_own_reports_and_admins_list_all() {
        var byAlice = service.report(alice, video.id(), ReportReason.SPAM, "");
        clock.advance(Duration.ofSeconds(1));
        var byBob = service.report(bob, video.id(), ReportReason.SPAM, "");

        assertThat(service.list(alice, PageRequest.firstPage()).items()).containsExactly(byAlice);
        assertThat(service.list(bob, PageRequest.firstPage()).items()).containsExactly(byBob);
        assertThat(service.list(admin, PageRequest.firstPage()).items()).containsExactly(byBob, byAlice);
    }

    @Test
    void admins_list_all_reports_by_status() {
        var pending = service.report(alice, video.id(), ReportReason.SPAM, "");
        var other = service.report(bob, video.id(), ReportReason.SPAM, "");
        var dismissed = service.changeStatus(admin, other.id(), ReportStatus.DISMISSED);

        assertThat(service.all(admin, Optional.of(ReportStatus.PENDING), PageRequest.firstPage()).items())
                .containsExactly(pending);
        assertThat(service.all(admin, Optional.of(ReportStatus.DISMISSED), PageRequest.firstPage()).items())
                .containsExactly(dismissed);
    }

    @Test
    void only_admins_list_all_reports() {
        assertForbidden(() -> service.all(alice, Optional.empty(), PageRequest.firstPage()));
        assertForbidden(() -> service.all(Given.anonymous(), Optional.empty(), PageRequest.firstPage()));
    }

    @Test
    void resolving_or_dismissing_a_report_records_when() {
        var report = service.report(alice, video.id(), ReportReason.SPAM, "");
        var later = clock.advance(Duration.ofHours(2));

        var resolved = service.changeStatus(admin, report.id(), ReportStatus.RESOLVED);

        assertThat(resolved.status()).isEqualTo(ReportStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).contains(later);
    }

    @Test
    void a_report_under_review_has_no_resolution_time() {
        var report = service.report(alice, video.id(), ReportReason.SPAM, "");

        var reviewed = service.changeStatus(admin, report.id(), ReportStatus.REVIEWED);

        assertThat(reviewed.status()).isEqualTo(ReportStatus.REVIEWED);
        assertThat(reviewed.resolvedAt()).isEmpty();
    }

    @Test
    void only_admins_change_a_reports_status() {
        var report = service.report(alice, video.id(), ReportReason.SPAM, "");

        assertForbidden(() -> service.changeStatus(alice, report.id(), ReportStatus.DISMISSED));
        assertForbidden(() -> service.changeStatus(Given.anonymous(), report.id(), ReportStatus.DISMISSED));
    }

    @Test
    void changing_the_status_of_an_unknown_report_is_not_found() {
        assertNotFound(() -> service.changeStatus(admin, new ReportId(999), ReportStatus.RESOLVED));
    }

    @Test
    void reports_from_the_threshold_of_distinct_users_hide_the_video_from_everyone_but_its_owner() {
        var owner = Given.asMember(ports.users().findById(video.owner()).orElseThrow());
        service.report(alice, video.id(), ReportReason.SPAM, "");
        assertThat(videoService.requireVisible(bob, video.id())).isEqualTo(video);

        service.report(bob, video.id(), ReportReason.SPAM, "");

        assertNotFound(() -> videoService.requireVisible(Given.anonymous(), video.id()));
        assertThat(videoService.listActive(Optional.empty(), PageRequest.firstPage()).items()).isEmpty();
        assertThat(videoService.requireVisible(owner, video.id())).isEqualTo(video);
        assertThat(videoService.requireVisible(admin, video.id())).isEqualTo(video);
    }

    @Test
    void dismissing_reports_below_the_threshold_shows_the_video_again() {
        service.report(alice, video.id(), ReportReason.SPAM, "");
        var byBob = service.report(bob, video.id(), ReportReason.SPAM, "");

        service.changeStatus(admin, byBob.id(), ReportStatus.DISMISSED);

        assertThat(videoService.requireVisible(Given.anonymous(), video.id())).isEqualTo(video);
    }

    @Test
    void a_reviewed_report_still_counts_towards_hiding() {
        var byAlice = service.report(alice, video.id(), ReportReason.SPAM, "");
        service.report(bob, video.id(), ReportReason.SPAM, "");

        service.changeStatus(admin, byAlice.id(), ReportStatus.REVIEWED);

        assertThat(ports.videos().isHidden(video.id())).isTrue();
    }

    @Test
    void admins_filter_by_status_and_members_see_only_their_own() {
        var byAlice = service.report(alice, video.id(), ReportReason.SPAM, "");
        var byBob = service.report(bob, video.id(), ReportReason.SPAM, "");
        service.changeStatus(admin, byBob.id(), ReportStatus.RESOLVED);

        assertThat(service.list(admin, Optional.of(ReportStatus.PENDING), PageRequest.firstPage()).items())
                .containsExactly(byAlice);
        assertThat(service.list(alice, Optional.of(ReportStatus.RESOLVED), PageRequest.firstPage()).items())
                .containsExactly(byAlice);
    }

    @Test
    void a_report_cannot_go_back_to_pending() {
        var report = service.report(alice, video.id(), ReportReason.SPAM, "");

        assertInvalid("status", () -> service.changeStatus(admin, report.id(), ReportStatus.PENDING));
    }
}
