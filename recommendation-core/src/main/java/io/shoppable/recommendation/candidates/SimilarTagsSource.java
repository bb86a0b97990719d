package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/** Videos sharing at least one tag with the viewer's interests (content-based filtering). */
public final class SimilarTagsSource implements CandidateSource {

    @Override
    public SourceKind kind() {
        return SourceKind.SIMILAR_TAGS;
    }

    @Override
    public List<VideoFacts> propose(Signals signals, UserProfile profile) {
        return signals.proposedBy(kind()).stream()
                .filter(video -> video.tags().stream().anyMatch(profile.tags()::containsKey))
                .toList();
    }
}
