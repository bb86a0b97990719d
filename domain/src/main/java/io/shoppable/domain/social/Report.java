package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A filed report. {@code resolvedAt} is set exactly when the status is resolved or dismissed. */
public record Report(ReportId id, UserId reporter, VideoId video, ReportReason reason, String description,
                     ReportStatus status, Instant createdAt, Optional<Instant> resolvedAt) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (status.isClosed() != resolvedAt.isPresent()) {
            throw Invalid.field("resolved_at", "is set exactly when a report is resolved or dismissed");
        }
    }
}
