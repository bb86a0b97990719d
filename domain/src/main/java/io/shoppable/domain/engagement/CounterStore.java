package io.shoppable.domain.engagement;

/**
 * Where buffered views and shares are written: the port behind {@link CounterBuffer} flushes.
 */
public interface CounterStore {

    /**
     * Adds the batch's counts to the videos and creator profiles and appends its events, all in one
     * transaction. Counts and events of videos deleted meanwhile are dropped, never an error.
     */
    void apply(CounterBatch batch);
}
