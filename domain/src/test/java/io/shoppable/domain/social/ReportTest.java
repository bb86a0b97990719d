package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    private static Report report(ReportStatus status, Optional<Instant> resolvedAt) {
        return new Report(new ReportId(1), new UserId(1), new VideoId(1), ReportReason.SPAM, "", status, T0,
                resolvedAt);
    }

    @Test
    void a_closed_report_has_a_resolution_time_and_an_open_one_has_none() {
        assertThat(report(ReportStatus.PENDING, Optional.empty()).resolvedAt()).isEmpty();
        assertThat(report(ReportStatus.REVIEWED, Optional.empty()).resolvedAt()).isEmpty();
        assertThat(report(ReportStatus.RESOLVED, Optional.of(T0)).resolvedAt()).contains(T0);
        assertThat(report(ReportStatus.DISMISSED, Optional.of(T0)).resolvedAt()).contains(T0);
        assertInvalid("resolved_at", () -> report(ReportStatus.RESOLVED, Optional.empty()));
        assertInvalid("resolved_at", () -> report(ReportStatus.PENDING, Optional.of(T0)));
    }

    @Test
    void reasons_and_statuses_go_by_their_lowercase_wire_names() {
        assertThat(ReportReason.fromWire("misleading")).isEqualTo(ReportReason.MISLEADING);
        assertThat(ReportStatus.fromWire("dismissed")).isEqualTo(ReportStatus.DISMISSED);
        assertThat(ReportReason.HARASSMENT.wireName()).isEqualTo("harassment");
        assertInvalid("reason", () -> ReportReason.fromWire("SPAM"));
        assertInvalid("status", () -> ReportStatus.fromWire("closed"));
    }

    @Test
    void a_report_description_has_at_most_2000_characters() {
        assertThat(new NewReport(new UserId(1), new VideoId(1), ReportReason.OTHER, "x".repeat(2_000))
                .description()).hasSize(2_000);
        assertInvalid("description", () -> new NewReport(new UserId(1), new VideoId(1), ReportReason.OTHER,
                "x".repeat(2_001)));
    }

    @Test
    void nobody_follows_themselves() {
        assertInvalid("following_id", () -> new Follow(new UserId(1), new UserId(1), T0));
    }
}
