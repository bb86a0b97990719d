package io.shoppable.domain.content;

import io.shoppable.testing.VideoRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryVideoRepositoryTest extends VideoRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
