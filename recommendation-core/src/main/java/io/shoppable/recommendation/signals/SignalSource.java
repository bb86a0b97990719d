package io.shoppable.recommendation.signals;

/**
 * The port through which the engine reads everything it ranks. Every method is one bounded batch read;
 * every video it returns is visible (active, in an active category), except the videos events refer to,
 * which count for the profile whatever became of them.
 */
public interface SignalSource {

    /** The viewer's events, follows and each source's proposals for one feed request, in one batch. */
    Signals load(SignalQuery query);
}
