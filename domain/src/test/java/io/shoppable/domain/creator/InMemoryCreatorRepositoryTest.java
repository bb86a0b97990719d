package io.shoppable.domain.creator;

import io.shoppable.testing.CreatorRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryCreatorRepositoryTest extends CreatorRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
