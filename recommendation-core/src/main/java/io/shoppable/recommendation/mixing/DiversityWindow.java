package io.shoppable.recommendation.mixing;

import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.ArrayList;
import java.util.List;

/**
 * The diversity rules over the feed as it grows, page boundaries included: never two consecutive items by
 * one creator, and in any {@code window} consecutive items at most {@code perCreator} by one creator and
 * at most {@code perCategory} of one category (the category rule is off for a feed narrowed to a category).
 * The rules hold whenever some candidate satisfies them; when none does (a catalogue with two creators), the
 * feed relaxes them one {@link #STRICTNESS level} at a time rather than end (decision D40): first the category
 * cap, then the per-creator cap, last the consecutive-creator rule.
 */
public final class DiversityWindow {

    private final RecommendationConfig.Quality rules;
    private final boolean categoryRule;
    private final List<Placed> placed;

    /**
     * @param tail what the previous pages ended with, oldest first (only the last {@code window - 1} count)
     */
    public DiversityWindow(RecommendationConfig.Quality rules, boolean categoryRule, List<Placed> tail) {
        this.rules = rules;
        this.categoryRule = categoryRule;
        this.placed = new ArrayList<>(tail);
    }

    /** The strictness levels, strictest first: every rule, then without the category cap, ... , then none. */
    public static final int STRICTNESS = 4;

    /** True when {@code video} may come next without breaking any rule. */
    public boolean allows(VideoFacts video) {
        return allows(video, 0);
    }

    /**
     * True when {@code video} may come next at {@code relaxed} (0: every rule; 1: not the category cap; 2: nor
     * the per-creator cap; 3: no rule).
     */
    public boolean allows(VideoFacts video, int relaxed) {
        if (relaxed < 3 && !placed.isEmpty() && placed.get(placed.size() - 1).creator().equals(video.owner())) {
            return false;
        }
        int sameCreator = 0;
        int sameCategory = 0;
        for (int i = Math.max(0, placed.size() - (rules.window() - 1)); i < placed.size(); i++) {
            var item = placed.get(i);
            sameCreator += item.creator().equals(video.owner()) ? 1 : 0;
            sameCategory += item.category().equals(video.category()) ? 1 : 0;
        }
        boolean creatorOk = relaxed >= 2 || sameCreator < rules.perCreator();
        boolean categoryOk = relaxed >= 1 || !categoryRule || sameCategory < rules.perCategory();
        return creatorOk && categoryOk;
    }

    public void place(VideoFacts video) {
        placed.add(new Placed(video.id(), video.owner(), video.category()));
    }

    /** The last {@code window - 1} placed items, oldest first: what the next page must be checked against. */
    public List<Placed> tail() {
        return List.copyOf(placed.subList(Math.max(0, placed.size() - (rules.window() - 1)), placed.size()));
    }
}
