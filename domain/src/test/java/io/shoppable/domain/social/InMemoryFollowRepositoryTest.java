package io.shoppable.domain.social;

import io.shoppable.testing.FollowRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryFollowRepositoryTest extends FollowRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
