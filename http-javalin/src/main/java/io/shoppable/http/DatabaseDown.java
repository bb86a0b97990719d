package io.shoppable.http;

import io.shoppable.domain.shared.Unavailable;

/** The database was found down a moment ago, so the request is refused without trying it: 503. */
final class DatabaseDown extends RuntimeException implements Unavailable {

    DatabaseDown() {
        super("The database is not answering; try again shortly.", null, false, false);
    }
}
