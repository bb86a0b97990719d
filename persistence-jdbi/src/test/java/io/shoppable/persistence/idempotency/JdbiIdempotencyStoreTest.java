package io.shoppable.persistence.idempotency;

import io.shoppable.domain.idempotency.IdempotencyStore;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.testing.IdempotencyStoreContract;
import io.shoppable.testing.Ports;

class JdbiIdempotencyStoreTest extends IdempotencyStoreContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Override
    protected IdempotencyStore store(Ports ports) {
        return new JdbiIdempotencyStore(TestDatabase.jdbi());
    }
}
