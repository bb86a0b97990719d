package io.shoppable.domain.commerce;

import io.shoppable.testing.CartRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryCartRepositoryTest extends CartRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
