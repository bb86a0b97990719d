package io.shoppable.persistence.product;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.ProductCatalogContract;
import io.shoppable.testing.Ports;

class JdbiProductCatalogTest extends ProductCatalogContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
