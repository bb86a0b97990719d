package io.shoppable.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs calls from several threads at once, for tests of concurrent updates: every call waits at a start gate,
 * then all go together.
 */
public final class Simultaneously {

    private static final long TIMEOUT_SECONDS = 60;

    private Simultaneously() {
    }

    /** Runs {@code call(0..times-1)} on {@code threads} threads; the results in the same order. */
    public static <T> List<T> run(int threads, int times, IntFunction<T> call) {
        var executor = Executors.newFixedThreadPool(threads);
        var gate = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < times; i++) {
                int index = i;
                futures.add(executor.submit(() -> {
                    gate.await();
                    return call.apply(index);
                }));
            }
            gate.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a concurrent call failed or did not finish", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
