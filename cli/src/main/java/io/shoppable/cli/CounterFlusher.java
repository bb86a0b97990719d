package io.shoppable.cli;

import io.shoppable.domain.engagement.EngagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes the views and shares buffered on this node every interval, on one daemon thread, and once
 * more when closed: a graceful stop loses no acknowledged count, a crash at most what was acknowledged
 * in one flush cycle, the interval plus the write (decisions D47, D68). A failed flush keeps its counts
 * buffered and the next one tries again.
 */
final class CounterFlusher implements AutoCloseable {

    /** The pause between two flushes: with the write's duration, the bound on what a crash can lose. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(CounterFlusher.class);

    private final EngagementService engagement;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "counter-flush");
        thread.setDaemon(true);
        return thread;
    });

    CounterFlusher(EngagementService engagement, Duration every) {
        this.engagement = engagement;
        scheduler.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule, waits for a flush in progress, then writes whatever is still buffered. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long counted = engagement.flushCounters();
        LOG.info("counters flushed on stop: {} views and shares counted", counted);
    }

    private void flushQuietly() {
        try {
            engagement.flushCounters();
        } catch (RuntimeException | Error e) {
            // an Error too: escaping the task, it would cancel the schedule without a word (the executor keeps it)
            LOG.warn("buffered views and shares not written; they stay buffered for the next flush", e);
        }
    }
}
