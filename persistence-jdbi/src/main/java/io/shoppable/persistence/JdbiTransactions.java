package io.shoppable.persistence;

import java.util.function.Supplier;

import io.shoppable.domain.shared.Transactions;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over JDBI. JDBI keeps the handle of an open {@code withHandle}/{@code inTransaction} in
 * a thread-local scope, so every repository call made by {@code work} on this thread joins this
 * transaction, and a nested {@code inTransaction} joins the outer one instead of opening its own.
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return SqlErrors.inTransaction(jdbi, handle -> work.get());
    }
}
