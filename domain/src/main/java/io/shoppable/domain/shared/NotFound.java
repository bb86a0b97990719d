package io.shoppable.domain.shared;

/** The thing asked for does not exist, or is not visible to the caller (inactive, hidden). */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }

    /** {@code NotFound.of("Video", 7)} reads "Video 7 not found". */
    public static NotFound of(String what, Object id) {
        return new NotFound(what + " " + id + " not found");
    }
}
