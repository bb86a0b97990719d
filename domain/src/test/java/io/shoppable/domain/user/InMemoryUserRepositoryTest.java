package io.shoppable.domain.user;

import io.shoppable.testing.UserRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
