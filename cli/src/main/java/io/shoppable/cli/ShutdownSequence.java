package io.shoppable.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code serve} does on SIGTERM, step by step in the order added: for example stop background jobs,
 * stop HTTP (requests in flight finish), flush what is buffered, close the database. A step that fails is
 * logged and the next one still runs, so the database is closed even when an earlier step breaks.
 */
final class ShutdownSequence implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    private final List<Step> steps = new ArrayList<>();

    /** Adds {@code action} as the next step, named for the log. */
    ShutdownSequence then(String name, Runnable action) {
        steps.add(new Step(name, action));
        return this;
    }

    @Override
    public void run() {
        runAll();
    }

    /** Runs every step; answers true when none failed. */
    boolean runAll() {
        long started = System.nanoTime();
        boolean clean = true;
        for (var step : steps) {
            try {
                step.action().run();
                LOG.info("shutdown: {} done", step.name());
            } catch (RuntimeException e) {
                clean = false;
                LOG.error("shutdown: {} failed", step.name(), e);
            }
        }
        LOG.info("shutdown complete in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return clean;
    }

    /**
     * Runs every step, then ends the JVM with exit code 0 when all succeeded and 1 when one failed (D56): a
     * stop asked for by SIGTERM is a success, not the JVM's default 143. For the shutdown hook of {@code serve}.
     */
    void runAndExit() {
        Runtime.getRuntime().halt(runAll() ? 0 : 1);
    }

    private record Step(String name, Runnable action) {
    }
}
