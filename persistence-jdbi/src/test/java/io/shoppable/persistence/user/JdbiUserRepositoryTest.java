package io.shoppable.persistence.user;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.UserRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
