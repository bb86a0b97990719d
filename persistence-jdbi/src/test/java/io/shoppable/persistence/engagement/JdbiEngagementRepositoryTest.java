package io.shoppable.persistence.engagement;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.EngagementRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiEngagementRepositoryTest extends EngagementRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
