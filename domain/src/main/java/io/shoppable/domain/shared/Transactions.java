package io.shoppable.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: everything it wrote is kept, or nothing is. Calls nest: an
 * inner call joins the transaction already open on the same thread.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result; any exception rolls it back. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction; any exception rolls it back. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
