package io.shoppable.domain.engagement;

/**
 * Where buffered views and shares are written: the port behind {@link CounterBuffer} flushes.
 */
public interface CounterStore {

    /**
     * Appends each of the batch's events whose claim no stored event holds yet (this node's or another's),
     * and adds exactly those to their videos' view and share counts and to the owners' creator profiles,
     * all in one transaction. Events of videos deleted meanwhile are dropped, never an error.
     *
     * @return how many views and shares were counted: the events appended
     */
    long apply(CounterBatch batch);
}
