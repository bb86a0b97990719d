package io.shoppable.recommendation.evaluation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.shared.RandomSource;
import io.shoppable.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A seeded synthetic marketplace (decision D44): creators with a home category and a style, videos with
 * power-law popularity, shoppers with planted tastes (two categories, three tags, two creators), a 20-day
 * history of views with dwell, watches, likes, saves, cart adds and follows drawn from those tastes, and a
 * held-out future of videos each shopper will engage with next. The same seed gives the same marketplace.
 *
 * <p>A shopper picks a video with weight {@code e^affinity x (0.5 + popularity)}, where affinity is 2 for a
 * favourite category, 1 per favourite tag and 1.5 for a favourite creator; the future is drawn the same way
 * with doubled affinity from what the shopper has not seen.
 */
public final class MarketplaceGenerator {

    /** Ids of generated users start here, clear of hand-made ones. */
    public static final long FIRST_ID = 1_000_000;
    private static final int TAGS_PER_CATEGORY = 8;
    /** Tag words: a category's tags are {@code c<index>-<word>}. */
    private static final String[] WORDS = {"summer", "classic", "bold", "cozy", "smart", "fresh", "vintage", "eco",
        "mini", "pro", "daily", "luxe", "street", "home", "glow", "sport", "kids", "chef", "retro", "urban"};

    private final RandomSource random;

    public MarketplaceGenerator(RandomSource random) {
        this.random = random;
    }

    /**
     * @param shoppers   how many shoppers; creators are a quarter of that (at least 60), with 8 videos each
     * @param history    interactions per shopper before {@code now}
     * @param heldOut    future engagements per shopper
     */
    public Marketplace generate(List<CategoryId> categories, int shoppers, int history, int heldOut, Instant now,
                                long seed) {
        if (categories.size() < 2 || shoppers < 1 || history < 1 || heldOut < 1) {
            throw new IllegalArgumentException("need two categories and positive sizes");
        }
        var rng = random.seeded(seed);
        var vocabulary = new HashMap<CategoryId, List<String>>();
        for (int c = 0; c < categories.size(); c++) {
            var tags = new ArrayList<String>();
            for (int t = 0; t < TAGS_PER_CATEGORY; t++) {
                tags.add(String.format(Locale.ROOT, "c%d-%s", c, WORDS[(c * 3 + t) % WORDS.length]));
            }
            vocabulary.put(categories.get(c), tags);
        }
        var creators = creators(categories, vocabulary, Math.max(60, shoppers / 4), rng);
        var videos = videos(categories, vocabulary, creators, now, rng);
        double[] popularity = popularity(videos);
        var people = new ArrayList<Marketplace.Shopper>();
        var interactions = new ArrayList<Marketplace.Interaction>();
        var follows = new ArrayList<Marketplace.Follow>();
        var future = new HashMap<UserId, Set<Integer>>();
        for (int s = 0; s < shoppers; s++) {
            var shopper = shopper(s, categories, vocabulary, creators, rng);
            people.add(shopper);
            double[] affinity = affinity(shopper, videos, creators);
            var seen = new HashSet<Integer>();
            for (int i = 0; i < history; i++) {
                int video = draw(affinity, 1.0, popularity, seen, rng);
                seen.add(video);
                interactions.addAll(engage(shopper.id(), video, now, rng));
            }
            for (var creator : shopper.creators()) {
                if (rng.nextDouble() < 0.7) {
                    follows.add(new Marketplace.Follow(shopper.id(), creator,
                            now.minus(Duration.ofHours(1 + rng.nextInt(24 * 20)))));
                }
            }
            var next = new LinkedHashSet<Integer>();
            var excluded = new HashSet<>(seen);
            for (int i = 0; i < heldOut; i++) {
                int video = draw(affinity, 2.0, popularity, excluded, rng);
                excluded.add(video);
                next.add(video);
            }
            future.put(shopper.id(), next);
        }
        return new Marketplace(now, creators, people, videos, interactions, follows, future);
    }

    private static List<Marketplace.Creator> creators(List<CategoryId> categories,
                                                      Map<CategoryId, List<String>> vocabulary, int count,
                                                      RandomGenerator rng) {
        var creators = new ArrayList<Marketplace.Creator>();
        for (int k = 0; k < count; k++) {
            var home = categories.get(k % categories.size());
            creators.add(new Marketplace.Creator(new UserId(FIRST_ID + k), "creator" + k, home,
                    pick(vocabulary.get(home), 3, rng)));
        }
        return creators;
    }

    private static List<Marketplace.GeneratedVideo> videos(List<CategoryId> categories,
                                                           Map<CategoryId, List<String>> vocabulary,
                                                           List<Marketplace.Creator> creators, Instant now,
                                                           RandomGenerator rng) {
        var videos = new ArrayList<Marketplace.GeneratedVideo>();
        for (int k = 0; k < creators.size(); k++) {
            var creator = creators.get(k);
            for (int v = 0; v < 8; v++) {
                boolean home = rng.nextDouble() < 0.85;
                var category = home ? creator.home() : categories.get(rng.nextInt(categories.size()));
                var tags = home ? pick(creator.style(), 2, rng) : pick(vocabulary.get(category), 2, rng);
                // power-law popularity: a few videos hold most of the audience
                double pop = Math.pow(rng.nextDouble(), 6);
                long views = Math.round(50_000 * pop);
                long likes = Math.round(views * (0.02 + 0.06 * rng.nextDouble()));
                long shares = Math.round(likes * 0.1 * rng.nextDouble());
                var created = now.minus(Duration.ofMinutes(30 + rng.nextInt(60 * 24 * 40)));
                videos.add(new Marketplace.GeneratedVideo(k, category, tags,
                        String.format(Locale.ROOT, "%s #%d: %s", creator.username(), v + 1, String.join(" ", tags)),
                        created, views, likes, shares));
            }
        }
        return videos;
    }

    private static Marketplace.Shopper shopper(int index, List<CategoryId> categories,
                                               Map<CategoryId, List<String>> vocabulary,
                                               List<Marketplace.Creator> creators, RandomGenerator rng) {
        var favourite = new LinkedHashSet<>(pick(categories, 2, rng));
        var tags = new ArrayList<String>();
        favourite.forEach(category -> tags.addAll(vocabulary.get(category)));
        var liked = creators.stream().filter(creator -> favourite.contains(creator.home()))
                .map(Marketplace.Creator::id).toList();
        return new Marketplace.Shopper(new UserId(FIRST_ID + 500_000 + index), "shopper" + index, favourite,
                new LinkedHashSet<>(pick(tags, 3, rng)), new LinkedHashSet<>(pick(liked, 2, rng)));
    }

    private static double[] affinity(Marketplace.Shopper shopper, List<Marketplace.GeneratedVideo> videos,
                                     List<Marketplace.Creator> creators) {
        double[] affinity = new double[videos.size()];
        for (int i = 0; i < videos.size(); i++) {
            var video = videos.get(i);
            double score = shopper.categories().contains(video.category()) ? 2 : 0;
            score += video.tags().stream().filter(shopper.tags()::contains).count();
            score += shopper.creators().contains(creators.get(video.creator()).id()) ? 1.5 : 0;
            affinity[i] = score;
        }
        return affinity;
    }

    private static double[] popularity(List<Marketplace.GeneratedVideo> videos) {
        long max = Math.max(1, videos.stream().mapToLong(Marketplace.GeneratedVideo::views).max().orElse(1));
        return videos.stream().mapToDouble(video -> (double) video.views() / max).toArray();
    }

    private static int draw(double[] affinity, double sharpness, double[] popularity, Set<Integer> excluded,
                            RandomGenerator rng) {
        double total = 0;
        double[] weights = new double[affinity.length];
        for (int i = 0; i < affinity.length; i++) {
            weights[i] = excluded.contains(i) ? 0 : Math.exp(sharpness * affinity[i]) * (0.5 + popularity[i]);
            total += weights[i];
        }
        double at = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at <= 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("every video was excluded");
    }

    private static List<Marketplace.Interaction> engage(UserId user, int video, Instant now, RandomGenerator rng) {
        var at = now.minus(Duration.ofMinutes(60 + rng.nextInt(60 * 24 * 20)));
        var list = new ArrayList<Marketplace.Interaction>();
        list.add(new Marketplace.Interaction(user, video, Marketplace.Interaction.Kind.VIEW, at, 0));
        list.add(new Marketplace.Interaction(user, video, Marketplace.Interaction.Kind.WATCH, at.plusSeconds(1),
                3 + rng.nextInt(28)));
        if (rng.nextDouble() < 0.5) {
            list.add(new Marketplace.Interaction(user, video, Marketplace.Interaction.Kind.LIKE, at.plusSeconds(2), 0));
        }
        if (rng.nextDouble() < 0.2) {
            list.add(new Marketplace.Interaction(user, video, Marketplace.Interaction.Kind.SAVE, at.plusSeconds(3), 0));
        }
        if (rng.nextDouble() < 0.1) {
            list.add(new Marketplace.Interaction(user, video, Marketplace.Interaction.Kind.CART, at.plusSeconds(4), 0));
        }
        return list;
    }

    private static <T> List<T> pick(List<T> from, int count, RandomGenerator rng) {
        var pool = new ArrayList<>(from);
        var picked = new ArrayList<T>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(rng.nextInt(pool.size())));
        }
        return picked;
    }
}
