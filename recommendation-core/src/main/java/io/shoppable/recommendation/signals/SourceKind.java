package io.shoppable.recommendation.signals;

import java.util.Locale;

/** The bounded candidate sources; each names one list of proposals in a {@link Signals} batch. */
public enum SourceKind {
    /** Active videos in the viewer's most engaged categories. */
    INTEREST,
    /** Videos by the creators the viewer follows. */
    FOLLOWING,
    /** Videos sharing tags with what the viewer recently liked, saved or watched. */
    SIMILAR_TAGS,
    /** The highest trend scores. */
    TRENDING,
    /** The newest uploads. */
    RECENT,
    /**
     * Videos the viewer saw recently, least recently seen first: not a spec source, only used to keep the
     * feed going once every unseen candidate is used up.
     */
    RESEEN;

    /** The lowercase name shown in score breakdowns: {@code similar_tags}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
