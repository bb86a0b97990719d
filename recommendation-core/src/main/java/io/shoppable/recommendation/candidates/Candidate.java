package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A video in the candidate pool with every source that proposed it. */
public record Candidate(VideoFacts video, Set<SourceKind> sources) {

    public Candidate {
        Objects.requireNonNull(video, "video");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a candidate was proposed by at least one source");
        }
        sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
    }

    public boolean proposedBy(SourceKind source) {
        return sources.contains(source);
    }
}
