package io.shoppable.recommendation.signals;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one feed request needs, loaded in one batch: the viewer's events (newest first), whom they
 * follow, the candidate videos each source proposed (in the source's own order) and the facts of every
 * video mentioned, events and proposals alike, and the viewer's recent "not interested" feedback.
 */
public record Signals(List<SignalEvent> events, Set<UserId> followed, Map<SourceKind, List<VideoId>> proposals,
                      Map<VideoId, VideoFacts> videos, List<Dismissal> dismissals) {

    public Signals {
        events = List.copyOf(events);
        followed = Set.copyOf(followed);
        var copy = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
        proposals.forEach((kind, ids) -> copy.put(kind, List.copyOf(ids)));
        proposals = copy;
        videos = Map.copyOf(videos);
        dismissals = List.copyOf(dismissals);
        for (var ids : proposals.values()) {
            for (var id : ids) {
                if (!videos.containsKey(id)) {
                    throw new IllegalArgumentException("proposed video " + id + " has no facts");
                }
            }
        }
        for (var event : events) {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Signals without "not interested" feedback. */
    public Signals(List<SignalEvent> events, Set<UserId> followed, Map<SourceKind, List<VideoId>> proposals,
                   Map<VideoId, VideoFacts> videos) {
        this(events, followed, proposals, videos, List.of());
    }

    /** Nothing known: a cold viewer and an empty catalogue. */
    public static Signals none() {
        return new Signals(List.of(), Set.of(), Map.of(), Map.of());
    }

    /** What {@code source} proposed, best first; empty when it proposed nothing. */
    public List<VideoFacts> proposedBy(SourceKind source) {
        var ids = proposals.getOrDefault(source, List.of());
        var facts = new VideoFacts[ids.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = videos.get(ids.get(i));
        }
        return List.of(facts);
    }
}
