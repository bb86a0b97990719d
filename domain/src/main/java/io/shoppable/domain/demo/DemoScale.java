package io.shoppable.domain.demo;

import io.shoppable.domain.shared.Invalid;

import java.util.Locale;

/**
 * How much demo data {@code seed-demo} loads. Every user of the demo is also a creator with a shop, as
 * on a marketplace where sellers post.
 *
 * @param interactions rows of the behavioural log (views, product views, watch time, ...)
 */
public record DemoScale(String name, int users, int videos, long interactions, int likes, int saves, int follows,
                        int categories, int tags) {

    /** 10k videos, 1k users, 100k interactions. */
    public static final DemoScale S = new DemoScale("S", 1_000, 10_000, 100_000, 20_000, 10_000, 5_000, 20, 200);
    /** 100k videos, 10k users, 1M interactions, 200k likes, 100k saves, 50k follows. */
    public static final DemoScale M = new DemoScale("M", 10_000, 100_000, 1_000_000, 200_000, 100_000, 50_000,
            20, 200);
    /** 1M videos, 100k users, 10M interactions. */
    public static final DemoScale L = new DemoScale("L", 100_000, 1_000_000, 10_000_000, 2_000_000, 1_000_000,
            500_000, 20, 200);

    public DemoScale {
        if (users < 2 || videos < 1 || interactions < 0 || likes < 0 || saves < 0 || follows < 0 || categories < 1
                || tags < 1) {
            throw Invalid.field("scale", "needs at least 2 users, 1 video, 1 category and 1 tag");
        }
        if ((long) likes > (long) users * videos / 2 || (long) saves > (long) users * videos / 2
                || (long) follows > (long) users * (users - 1) / 2) {
            throw Invalid.field("scale", "too many likes, saves or follows for the number of users and videos");
        }
    }

    /** S, M or L, in any case. */
    public static DemoScale named(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> throw Invalid.field("scale", "must be S, M or L");
        };
    }
}
