package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

/** A report's id. */
public record ReportId(long value) {

    public ReportId {
        if (value <= 0) {
            throw Invalid.field("report", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
