package io.shoppable.domain.shared;

/**
 * The request is well formed but clashes with the current state: a duplicate that is not a toggle,
 * not enough stock. {@link #code()} is stable so clients can branch on it.
 */
public final class Conflict extends DomainException {

    private final String code;

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
