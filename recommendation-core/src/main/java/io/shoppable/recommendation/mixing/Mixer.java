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
 * the others share its positions; a video appears once.
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

    /** The first {@code count} positions of the feed (fewer when the pool is smaller). */
    public List<MixedItem> mix(List<ScoredCandidate> candidates, int count) {
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
            var slot = furthestBehind(open, taken);
            var pick = queues.get(slot).stream()
                    .filter(scored -> !used.contains(scored.candidate().video().id()))
                    .findFirst();
            if (pick.isEmpty()) {
                open.remove(slot);
                continue;
            }
            used.add(pick.get().candidate().video().id());
            taken.merge(slot, 1, Integer::sum);
            feed.add(new MixedItem(pick.get(), slot));
        }
        return feed;
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
