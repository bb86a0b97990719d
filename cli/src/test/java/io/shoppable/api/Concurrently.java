package io.shoppable.api;

import io.shoppable.testing.Simultaneously;

import java.util.List;
import java.util.function.IntFunction;

/** Sends requests from many threads at once: every thread waits at a start gate, then all go together. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code call(0..times-1)} in parallel, a thread each, and answers the responses in the same order. */
    public static List<ApiTestServer.Response> run(int times, IntFunction<ApiTestServer.Response> call) {
        return Simultaneously.run(times, times, call);
    }
}
