package io.shoppable.domain.social;

import io.shoppable.domain.shared.Invalid;

import java.util.Arrays;
import java.util.Locale;

/** Why a video was reported. */
public enum ReportReason {
    SPAM, INAPPROPRIATE, HARASSMENT, MISLEADING, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportReason fromWire(String raw) {
        return Arrays.stream(values()).filter(reason -> reason.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> Invalid.field("reason",
                        "must be one of spam, inappropriate, harassment, misleading, other"));
    }
}
