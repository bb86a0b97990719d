package io.shoppable.domain.product;

import io.shoppable.testing.ProductCatalogContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryProductCatalogTest extends ProductCatalogContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
