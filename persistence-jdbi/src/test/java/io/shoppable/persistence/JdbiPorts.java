package io.shoppable.persistence;

import io.shoppable.testing.Ports;

/** The JDBI adapters as the {@link Ports} a contract test runs against, over the emptied shared database. */
public final class JdbiPorts {

    private JdbiPorts() {
    }

    /** Empties the shared test database and returns every JDBI adapter over it. */
    public static Ports fresh() {
        TestDatabase.reset();
        var db = PersistenceAdapters.over(TestDatabase.jdbi());
        return new Ports(db.users(), db.categories(), db.creators(), db.products(), db.videos(), db.engagement(),
                db.carts(), db.comments(), db.reports(), db.follows(), db.tx());
    }
}
