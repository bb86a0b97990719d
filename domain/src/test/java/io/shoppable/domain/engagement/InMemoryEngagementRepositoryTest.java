package io.shoppable.domain.engagement;

import io.shoppable.testing.EngagementRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryEngagementRepositoryTest extends EngagementRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
