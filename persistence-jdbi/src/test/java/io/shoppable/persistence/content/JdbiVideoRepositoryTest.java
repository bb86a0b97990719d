package io.shoppable.persistence.content;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.VideoRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiVideoRepositoryTest extends VideoRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
