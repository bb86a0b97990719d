package io.shoppable.domain.idempotency;

import io.shoppable.testing.IdempotencyStoreContract;
import io.shoppable.testing.InMemoryIdempotencyStore;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }

    @Override
    protected IdempotencyStore store(Ports ports) {
        return new InMemoryIdempotencyStore();
    }
}
