package io.shoppable.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place: {@code loading [#####.....] 52% 12000/23000 rows}. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private int total = 1;
    private int shown = -1;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar that draws nothing, for tests. */
    static ProgressBar silent() {
        return new ProgressBar(null, "");
    }

    void total(int rows) {
        total = Math.max(1, rows);
    }

    /** Redraws with {@code done} rows written, when the percentage moved. */
    void update(int done) {
        int percent = (int) Math.min(100, 100L * done / total);
        if (err == null || percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %d/%d rows", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent, done, total));
        err.flush();
    }

    void done() {
        if (err != null) {
            err.println();
            err.flush();
        }
    }
}
