package io.shoppable.recommendation.evaluation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.RandomSource;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.FeedCursor;
import io.shoppable.recommendation.FeedService;
import io.shoppable.recommendation.RecommendationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs recommenders over a stored {@link Marketplace} and measures them against its held-out future
 * (decision D44): NDCG@10, precision@10 and recall@20 per shopper (binary relevance: the shopper engages
 * with the video in the future slice), averaged; catalogue coverage of everyone's top 10; and, for the
 * engine, the repeat rate and diversity violations over 10 pages of 20 and the session-shift recovery.
 * Baselines rank every video the shopper has not interacted with: random, most popular (the spec's
 * engagement), newest.
 */
public final class OfflineEvaluation {

    private static final int PAGES = 10;
    private static final int PAGE = 20;

    private final Marketplace marketplace;
    private final List<VideoId> ids;
    private final Map<VideoId, Integer> index = new HashMap<>();
    private final Map<UserId, Set<Integer>> interacted = new HashMap<>();
    private final RecommendationConfig.Quality rules;

    /** @param ids the stored id of each video of {@code marketplace}, by index */
    public OfflineEvaluation(Marketplace marketplace, List<VideoId> ids, RecommendationConfig.Quality rules) {
        this.marketplace = marketplace;
        this.ids = List.copyOf(ids);
        this.rules = rules;
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        for (var interaction : marketplace.history()) {
            interacted.computeIfAbsent(interaction.user(), user -> new HashSet<>()).add(interaction.video());
        }
    }

    /** The engine's ranking figures, with feed sessions followed for the first {@code sessions} shoppers. */
    public EvaluationRow engine(String name, FeedService feed, int sessions) {
        var row = ranked(name, shopper -> feed.feed(key(shopper), Optional.of(shopper), Optional.empty(), PAGE,
                Optional.empty()).ids().stream().map(index::get).toList());
        int duplicates = 0;
        int items = 0;
        int violations = 0;
        for (var shopper : sample(sessions)) {
            var shown = new ArrayList<Integer>();
            Optional<FeedCursor> cursor = Optional.empty();
            for (int page = 0; page < PAGES; page++) {
                var result = feed.feed(key(shopper), Optional.of(shopper), Optional.empty(), PAGE, cursor);
                result.ids().forEach(id -> shown.add(index.get(id)));
                cursor = result.next();
                if (cursor.isEmpty()) {
                    break;
                }
            }
            items += shown.size();
            duplicates += shown.size() - new HashSet<>(shown).size();
            violations += violations(shown);
        }
        return new EvaluationRow(row.name(), row.ndcg10(), row.precision10(), row.recall20(), row.coverage(),
                items == 0 ? 0 : (double) duplicates / items, violations, Double.NaN);
    }

    /**
     * Session-shift recovery: each sampled shopper watches three videos (20 s each) of a category outside
     * their taste one minute before {@code now}; the result is the mean share of that category in their
     * next 10 items, one figure per feed. Writes the watches through {@code store}, so run it last.
     */
    public List<Double> sessionShift(List<FeedService> feeds, MarketplaceStore store, int sessions) {
        var results = new ArrayList<Double>();
        var shifted = new HashMap<UserId, CategoryId>();
        for (var shopper : marketplace.shoppers().subList(0, Math.min(sessions, marketplace.shoppers().size()))) {
            var category = marketplace.videos().stream().map(Marketplace.GeneratedVideo::category)
                    .filter(c -> !shopper.categories().contains(c)).findFirst().orElseThrow();
            shifted.put(shopper.id(), category);
            var watched = IntStream.range(0, marketplace.videos().size())
                    .filter(i -> marketplace.videos().get(i).category().equals(category)).limit(3).boxed().toList();
            for (var video : watched) {
                store.watch(shopper.id(), ids.get(video), marketplace.now().minus(Duration.ofMinutes(1)), 20);
            }
        }
        for (var feed : feeds) {
            double total = 0;
            for (var entry : shifted.entrySet()) {
                var page = feed.feed(key(entry.getKey()), Optional.of(entry.getKey()), Optional.empty(), 10,
                        Optional.empty()).ids();
                total += page.stream().filter(id -> marketplace.videos().get(index.get(id)).category()
                        .equals(entry.getValue())).count() / 10.0;
            }
            results.add(shifted.isEmpty() ? 0 : total / shifted.size());
        }
        return results;
    }

    /** Every unseen video in a seeded random order. */
    public EvaluationRow random(RandomSource random, long seed) {
        return ranked("random", shopper -> {
            var order = unseen(shopper);
            var rng = random.seeded(seed ^ shopper.value());
            for (int i = order.size() - 1; i > 0; i--) {
                Collections.swap(order, i, rng.nextInt(i + 1));
            }
            return order;
        });
    }

    /** Every unseen video, the spec's engagement ({@code 0.01 views + likes + 1.2 shares}) first. */
    public EvaluationRow mostPopular() {
        return ranked("most popular", shopper -> sorted(unseen(shopper), Comparator.comparingDouble(
                (Integer i) -> -(0.01 * video(i).views() + video(i).likes() + 1.2 * video(i).shares()))));
    }

    /** Every unseen video, newest first. */
    public EvaluationRow newest() {
        return ranked("newest", shopper -> sorted(unseen(shopper),
                Comparator.comparing((Integer i) -> video(i).createdAt()).reversed()));
    }

    private EvaluationRow ranked(String name, Function<UserId, List<Integer>> recommender) {
        double ndcg = 0;
        double precision = 0;
        double recall = 0;
        var covered = new HashSet<Integer>();
        var shoppers = marketplace.shoppers();
        for (var shopper : shoppers) {
            var ranking = recommender.apply(shopper.id());
            var relevant = marketplace.future().get(shopper.id());
            var top10 = ranking.subList(0, Math.min(10, ranking.size()));
            var top20 = ranking.subList(0, Math.min(20, ranking.size()));
            covered.addAll(top10);
            ndcg += ndcg(top10, relevant);
            precision += top10.stream().filter(relevant::contains).count() / 10.0;
            recall += (double) top20.stream().filter(relevant::contains).count() / relevant.size();
        }
        int n = shoppers.size();
        return new EvaluationRow(name, ndcg / n, precision / n, recall / n,
                (double) covered.size() / marketplace.videos().size(), Double.NaN, Double.NaN, Double.NaN);
    }

    private static double ndcg(List<Integer> ranking, Set<Integer> relevant) {
        double dcg = 0;
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** Broken rules in a shown sequence: consecutive creators, and windows over the creator or category cap. */
    int violations(List<Integer> shown) {
        int broken = 0;
        for (int i = 1; i < shown.size(); i++) {
            if (video(shown.get(i)).creator() == video(shown.get(i - 1)).creator()) {
                broken++;
            }
        }
        for (int start = 0; start + rules.window() <= shown.size(); start++) {
            var creators = new HashMap<Integer, Integer>();
            var categories = new HashMap<CategoryId, Integer>();
            for (var item : shown.subList(start, start + rules.window())) {
                creators.merge(video(item).creator(), 1, Integer::sum);
                categories.merge(video(item).category(), 1, Integer::sum);
            }
            broken += (int) creators.values().stream().filter(count -> count > rules.perCreator()).count();
            broken += (int) categories.values().stream().filter(count -> count > rules.perCategory()).count();
        }
        return broken;
    }

    private List<UserId> sample(int count) {
        return marketplace.shoppers().stream().limit(count).map(Marketplace.Shopper::id).toList();
    }

    private List<Integer> unseen(UserId shopper) {
        var seen = interacted.getOrDefault(shopper, Set.of());
        return new ArrayList<>(IntStream.range(0, marketplace.videos().size()).filter(i -> !seen.contains(i))
                .boxed().toList());
    }

    private static List<Integer> sorted(List<Integer> videos, Comparator<Integer> order) {
        return videos.stream().sorted(order.thenComparing(Comparator.naturalOrder())).toList();
    }

    private Marketplace.GeneratedVideo video(int index) {
        return marketplace.videos().get(index);
    }

    private static String key(UserId shopper) {
        return "user:" + shopper.value();
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
