package io.shoppable.cli;

import io.shoppable.recommendation.trends.TrendService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Recomputes trend scores inside {@code serve}: once at start, then every interval, on one daemon
 * thread. A failed run is logged and the next one tries again.
 */
final class TrendRefresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrendRefresher.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "trend-refresh");
        thread.setDaemon(true);
        return thread;
    });

    TrendRefresher(TrendService trends, Duration every) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                var summary = trends.recompute();
                LOG.info("trend scores: {} videos trending, {} changed", summary.trending(), summary.changed());
            } catch (RuntimeException | Error e) {
                // an Error too: escaping the task, it would cancel the schedule without a word (the executor keeps it)
                LOG.warn("trend scores not recomputed; trying again in {}", every, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule and waits briefly for a run in progress. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
