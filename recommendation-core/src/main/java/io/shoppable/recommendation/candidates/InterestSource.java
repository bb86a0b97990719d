package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/** Videos in the viewer's matched categories (their top categories and the session's). */
public final class InterestSource implements CandidateSource {

    @Override
    public SourceKind kind() {
        return SourceKind.INTEREST;
    }

    @Override
    public List<VideoFacts> propose(Signals signals, UserProfile profile) {
        return signals.proposedBy(kind()).stream()
                .filter(video -> profile.matchedCategories().contains(video.category()))
                .toList();
    }
}
