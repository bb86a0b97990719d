package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/** The highest trend scores, for everyone: global popularity and discovery. */
public final class TrendingSource implements CandidateSource {

    @Override
    public SourceKind kind() {
        return SourceKind.TRENDING;
    }

    @Override
    public List<VideoFacts> propose(Signals signals, UserProfile profile) {
        return signals.proposedBy(kind());
    }
}
