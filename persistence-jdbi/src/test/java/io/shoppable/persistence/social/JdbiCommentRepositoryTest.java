package io.shoppable.persistence.social;

import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CommentRepositoryContract;
import io.shoppable.testing.Ports;

class JdbiCommentRepositoryTest extends CommentRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }
}
