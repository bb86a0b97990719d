package io.shoppable.domain.shared;

/** The caller is known but may not do this to this resource. */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }
}
