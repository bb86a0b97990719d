package io.shoppable.persistence.commerce;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CartRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiCartRepositoryTest extends CartRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
