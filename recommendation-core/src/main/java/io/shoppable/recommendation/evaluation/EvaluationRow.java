package io.shoppable.recommendation.evaluation;

import java.util.Locale;
import java.util.Objects;

/**
 * One recommender's figures: ranking quality against the held-out future, catalogue coverage, and (for
 * the engine) feed-session behaviour. {@code NaN} where a figure does not apply to a baseline.
 *
 * @param repeatRate          duplicates over items across 10 pages of one feed session
 * @param diversityViolations broken diversity rules across those pages, all sampled shoppers together
 * @param sessionShift        share of the next 10 items in a category the shopper just started watching
 */
public record EvaluationRow(String name, double ndcg10, double precision10, double recall20, double coverage,
                            double repeatRate, double diversityViolations, double sessionShift) {

    public EvaluationRow {
        Objects.requireNonNull(name, "name");
    }

    /** The Markdown table header for {@link #line()}. */
    public static final String HEADER = String.format(Locale.ROOT, "| %-22s | %7s | %7s | %7s | %8s | %11s | %10s"
            + " | %13s |", "recommender", "NDCG@10", "P@10", "R@20", "coverage", "repeat rate", "div. viol.",
            "session shift");

    /** The Markdown rule under {@link #HEADER}. */
    public static final String RULE = HEADER.replaceAll("[^|]", "-");

    /** A Markdown table row. */
    public String line() {
        return String.format(Locale.ROOT, "| %-22s | %7.4f | %7.4f | %7.4f | %8.4f | %11s | %10s | %13s |", name,
                ndcg10, precision10, recall20, coverage, optional(repeatRate, "%.4f"),
                optional(diversityViolations, "%.0f"), optional(sessionShift, "%.2f"));
    }

    private static String optional(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }
}
