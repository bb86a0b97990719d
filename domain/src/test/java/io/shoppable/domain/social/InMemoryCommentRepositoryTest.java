package io.shoppable.domain.social;

import io.shoppable.testing.CommentRepositoryContract;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.Ports;

class InMemoryCommentRepositoryTest extends CommentRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create();
    }
}
