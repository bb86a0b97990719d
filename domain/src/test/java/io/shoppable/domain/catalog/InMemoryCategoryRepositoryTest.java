package io.shoppable.domain.catalog;

import io.shoppable.testing.CategoryRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryCategoryRepositoryTest extends CategoryRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
