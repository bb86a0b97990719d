package io.shoppable.persistence;

import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.postgres.PostgresPlugin;

/** A JDBI over the shared test database that counts the statements it sends, to pin down round trips. */
public final class StatementCounter implements SqlLogger {

    private final AtomicInteger statements = new AtomicInteger();
    private final Jdbi jdbi;

    public StatementCounter() {
        this.jdbi = Jdbi.create(TestDatabase.database().dataSource()).installPlugin(new PostgresPlugin());
        jdbi.setSqlLogger(this);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** How many statements were sent since the last call, which starts the count afresh. */
    public int takeCount() {
        return statements.getAndSet(0);
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        statements.incrementAndGet();
    }
}
