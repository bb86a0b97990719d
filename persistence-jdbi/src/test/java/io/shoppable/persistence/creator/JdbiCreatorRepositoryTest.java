package io.shoppable.persistence.creator;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CreatorRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiCreatorRepositoryTest extends CreatorRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
