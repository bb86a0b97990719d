package io.shoppable.persistence.social;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.FollowRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiFollowRepositoryTest extends FollowRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
