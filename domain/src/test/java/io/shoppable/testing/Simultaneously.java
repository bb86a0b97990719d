package io.shoppable.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs the same call many times from several threads at once, for tests of concurrent updates. */
public final class Simultaneously {

    private Simultaneously() {
    }

    /** Runs {@code call} {@code times} times on {@code threads} threads; the results in submission order. */
    public static <T> List<T> run(int threads, int times, Callable<T> call) {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<T>();
            for (var future : pool.invokeAll(Collections.nCopies(times, call))) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
