package io.shoppable.persistence.catalog;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CategoryRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiCategoryRepositoryTest extends CategoryRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
