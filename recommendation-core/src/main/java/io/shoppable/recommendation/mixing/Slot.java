package io.shoppable.recommendation.mixing;

import io.shoppable.recommendation.scoring.ScoredCandidate;
import io.shoppable.recommendation.signals.SourceKind;

import java.util.Comparator;
import java.util.Locale;

/** The three shares of the feed and which candidates may fill each. */
public enum Slot {
    /** Personalised: matches the viewer's categories or tags, or is by a creator they follow. */
    INTEREST,
    /** Global trending: proposed by the trending source. */
    TRENDING,
    /**
     * Discovery: new content (fresh or from the recency source), or exploration: a video outside the
     * viewer's interests that is not there merely for trending (trending has its own share).
     */
    DISCOVERY;

    public boolean accepts(ScoredCandidate scored) {
        return switch (this) {
            case INTEREST -> scored.personal();
            case TRENDING -> scored.candidate().proposedBy(SourceKind.TRENDING);
            case DISCOVERY -> scored.fresh() || scored.candidate().proposedBy(SourceKind.RECENT)
                    || !scored.personal() && !scored.candidate().proposedBy(SourceKind.TRENDING);
        };
    }

    /**
     * The order in which the slot takes its candidates: the best score first, except that discovery
     * takes fresh videos (younger than the freshness window) before older ones, because new content has
     * no engagement yet and would otherwise lose to every established video.
     */
    public Comparator<ScoredCandidate> order() {
        if (this == DISCOVERY) {
            return Comparator.comparing((ScoredCandidate scored) -> !scored.fresh())
                    .thenComparing(ScoredCandidate.BEST_FIRST);
        }
        return ScoredCandidate.BEST_FIRST;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
