package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.util.Objects;

/** A report to file against a video. */
public record NewReport(UserId reporter, VideoId video, ReportReason reason, String description) {

    public static final int MAX_DESCRIPTION = 2_000;

    public NewReport {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(reason, "reason");
        if (description == null || description.length() > MAX_DESCRIPTION) {
            throw Invalid.field("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
    }
}
