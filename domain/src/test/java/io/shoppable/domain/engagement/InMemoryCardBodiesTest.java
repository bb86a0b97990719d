package io.shoppable.domain.engagement;

import io.shoppable.testing.CardBodiesContract;
import io.shoppable.testing.InMemoryCardBodies;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryCardBodiesTest extends CardBodiesContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }

    @Override
    protected CardBodies bodies(Ports ports) {
        return new InMemoryCardBodies(ports);
    }
}
