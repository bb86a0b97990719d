package io.shoppable.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Sends requests from many threads at once: every thread waits at a start gate, then all go together. */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /** Runs {@code call(0..times-1)} in parallel and answers the responses in the same order. */
    public static List<ApiTestServer.Response> run(int times, IntFunction<ApiTestServer.Response> call) {
        var executor = Executors.newFixedThreadPool(times);
        var gate = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<ApiTestServer.Response>>();
            for (int i = 0; i < times; i++) {
                int index = i;
                futures.add(executor.submit(() -> {
                    gate.await();
                    return call.apply(index);
                }));
            }
            gate.countDown();
            var responses = new ArrayList<ApiTestServer.Response>();
            for (var future : futures) {
                responses.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a concurrent request failed or did not finish", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
