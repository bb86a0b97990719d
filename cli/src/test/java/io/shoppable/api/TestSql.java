package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;

/** Statements run straight on the test database, to set up states an API cannot reach (an old key). */
final class TestSql {

    private TestSql() {
    }

    static void execute(String sql) {
        TestDatabase.jdbi().useHandle(handle -> handle.execute(sql));
    }
}
