package io.shoppable.testing;

import io.shoppable.domain.shared.Transactions;

import java.util.function.Supplier;

/**
 * Runs each unit of work while holding the store's lock, so units never interleave. Like the database,
 * it rolls back: when the outermost unit throws, every table is put back as it was when the unit began.
 * Inner calls join the outer unit.
 */
public final class InMemoryTransactions implements Transactions {

    private final InMemoryStore store;
    private int depth;

    InMemoryTransactions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (store) {
            var before = depth == 0 ? store.snapshot() : null;
            depth++;
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                if (before != null) {
                    store.restore(before);
                }
                throw e;
            } finally {
                depth--;
            }
        }
    }
}
