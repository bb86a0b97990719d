package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/** The newest uploads, for everyone: a new video has no engagement yet, so only recency finds it. */
public final class RecentSource implements CandidateSource {

    @Override
    public SourceKind kind() {
        return SourceKind.RECENT;
    }

    @Override
    public List<VideoFacts> propose(Signals signals, UserProfile profile) {
        return signals.proposedBy(kind());
    }
}
