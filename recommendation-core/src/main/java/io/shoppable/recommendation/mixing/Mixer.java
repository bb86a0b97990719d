package io.shoppable.recommendation.mixing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.scoring.ScoredCandidate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: lays the scored candidates out as interest / trending / discovery in the configured shares
 * (60/20/20). Each position goes to the open slot furthest behind its share ({@code taken / share}
 * smallest; ties in the order interest, trending, discovery) and takes that slot's first remaining
 * candidate in the slot's {@link Slot#order() order}. A slot with no eligible candidate left closes and
 * the others share its positions; a video appears once. With a {@link DiversityWindow}, a slot takes its
 * first remaining candidate the window allows; when it has none, the next slot furthest behind gives the
 * position; only when no slot has a candidate satisfying every rule does the window relax one level.
 */
public final class Mixer {

    private final Map<Slot, Double> shares = new EnumMap<>(Slot.class);

    public Mixer(RecommendationConfig.Mix mix) {
        shares.put(Slot.INTEREST, mix.interest());
        shares.put(Slot.TRENDING, mix.trending());
        shares.put(Slot.DISCOVERY, mix.discovery());
    }

    public String name() {
        return "mixing";
    }

    /** The first {@code count} positions of the feed (fewer when the pool is smaller), without diversity rules. */
    public List<MixedItem> mix(List<ScoredCandidate> candidates, int count) {
        return mix(candidates, count, null);
    }

    /**
     * The first {@code count} positions of the feed that {@code window} allows, placing each in it; a null
     * window applies no diversity rule.
     */
    public List<MixedItem> mix(List<ScoredCandidate> candidates, int count, DiversityWindow window) {
        var queues = new EnumMap<Slot, List<ScoredCandidate>>(Slot.class);
        for (var slot : Slot.values()) {
            queues.put(slot, candidates.stream().filter(slot::accepts).sorted(slot.order()).toList());
        }
        var open = EnumSet.noneOf(Slot.class);
        shares.forEach((slot, share) -> {
            if (share > 0) {
                open.add(slot);
            }
        });
        var taken = new EnumMap<Slot, Integer>(Slot.class);
        Set<VideoId> used = new HashSet<>();
        var feed = new ArrayList<MixedItem>();
        while (feed.size() < count && used.size() < candidates.size() && !open.isEmpty()) {
            MixedItem next = null;
            int levels = window == null ? 1 : DiversityWindow.STRICTNESS;
            for (int relaxed = 0; relaxed < levels && next == null && !open.isEmpty(); relaxed++) {
                next = pick(queues, open, taken, used, window, relaxed);
            }
            if (next == null) {
                break;
            }
            used.add(next.scored().candidate().video().id());
            taken.merge(next.slot(), 1, Integer::sum);
            if (window != null) {
                window.place(next.scored().candidate().video());
            }
            feed.add(next);
        }
        return feed;
    }

    /** The first candidate the window allows at {@code relaxed}, from the slot furthest behind that has one. */
    private MixedItem pick(Map<Slot, List<ScoredCandidate>> queues, Set<Slot> open, Map<Slot, Integer> taken,
                           Set<VideoId> used, DiversityWindow window, int relaxed) {
        for (var slot : byNeed(open, taken)) {
            boolean anyLeft = false;
            for (var scored : queues.get(slot)) {
                var video = scored.candidate().video();
                if (used.contains(video.id())) {
                    continue;
                }
                anyLeft = true;
                if (window == null || window.allows(video, relaxed)) {
                    return new MixedItem(scored, slot);
                }
            }
            if (!anyLeft) {
                open.remove(slot);
            }
        }
        return null;
    }

    /** The open slots, furthest behind their share first (ties in the order interest, trending, discovery). */
    private List<Slot> byNeed(Set<Slot> open, Map<Slot, Integer> taken) {
        var ordered = new ArrayList<Slot>();
        var left = EnumSet.copyOf(open);
        while (!left.isEmpty()) {
            var slot = furthestBehind(left, taken);
            ordered.add(slot);
            left.remove(slot);
        }
        return ordered;
    }

    private Slot furthestBehind(Set<Slot> open, Map<Slot, Integer> taken) {
        Slot best = null;
        double bestRatio = Double.MAX_VALUE;
        for (var slot : Slot.values()) {
            if (open.contains(slot)) {
                double ratio = taken.getOrDefault(slot, 0) / shares.get(slot);
                if (ratio < bestRatio) {
                    best = slot;
                    bestRatio = ratio;
                }
            }
        }
        return best;
    }
}
