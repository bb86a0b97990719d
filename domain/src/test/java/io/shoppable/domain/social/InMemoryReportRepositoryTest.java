package io.shoppable.domain.social;

import io.shoppable.testing.ReportRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryReportRepositoryTest extends ReportRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
