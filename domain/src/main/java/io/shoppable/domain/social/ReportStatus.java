package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

import java.util.Arrays;
import java.util.Locale;

/** Where a report is in moderation. New reports are pending; resolved and dismissed ones are closed. */
public enum ReportStatus {
    PENDING, REVIEWED, RESOLVED, DISMISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True once a moderator has closed the report. */
    public boolean isClosed() {
        return this == RESOLVED || this == DISMISSED;
    }

    public static ReportStatus fromWire(String raw) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> Invalid.field("status", "must be one of pending, reviewed, resolved, dismissed"));
    }
}
