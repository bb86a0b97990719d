package io.shoppable.persistence.social;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.ReportRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiReportRepositoryTest extends ReportRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
