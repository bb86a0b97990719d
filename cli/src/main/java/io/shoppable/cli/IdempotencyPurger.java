package io.shoppable.cli;

import io.shoppable.domain.idempotency.IdempotencyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes idempotency keys older than 24 hours inside {@code serve}, every hour on one daemon thread.
 * Expired keys are already ignored when used again; this only keeps the table small.
 */
final class IdempotencyPurger implements AutoCloseable {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurger.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "idempotency-purge");
        thread.setDaemon(true);
        return thread;
    });

    IdempotencyPurger(IdempotencyService idempotency) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                LOG.info("idempotency keys: {} expired ones deleted", idempotency.purgeExpired());
            } catch (RuntimeException | Error e) {
                // an Error too: escaping the task, it would cancel the schedule without a word (the executor keeps it)
                LOG.warn("expired idempotency keys not deleted; trying again in {}", EVERY, e);
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
