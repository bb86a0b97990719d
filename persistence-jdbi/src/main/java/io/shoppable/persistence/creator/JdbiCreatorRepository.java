package io.shoppable.persistence.creator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorCard;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.creator.CreatorStats;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.Batches;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Visibility;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Creator profiles in {@code creator_profiles}, their categories in {@code creator_video_categories}.
 * Social links are a JSON object built and read by PostgreSQL itself, so no JSON library is needed here.
 */
public final class JdbiCreatorRepository implements CreatorRepository {

    /** A whole profile per row; the statements below add their FROM and WHERE clauses. */
    private static final String COLUMNS = """
            SELECT p.id, p.user_id, p.handle, p.display_name, p.bio, p.avatar, p.is_verified,
                   p.follower_count, p.posts_count, p.views_count, p.created_at,
                   ARRAY(SELECT l.key FROM jsonb_each_text(p.social_links) l ORDER BY l.key) AS link_networks,
                   ARRAY(SELECT l.value FROM jsonb_each_text(p.social_links) l ORDER BY l.key) AS link_urls,
                   ARRAY(SELECT c.category_id FROM creator_video_categories c WHERE c.creator_id = p.id)
                       AS category_ids
            """;

    private static final String PROFILES = COLUMNS + "FROM creator_profiles p\n";

    /**
     * Appended only when a category is asked for; then a null parameter switches its condition off, so one
     * statement serves every combination. A visible video is active, not hidden and in an active category.
     */
    private static final String CATEGORY_FILTERS = """
              AND (CAST(:videoCategory AS bigint) IS NULL
                   OR EXISTS (SELECT 1 FROM creator_video_categories cc
                              WHERE cc.creator_id = p.id AND cc.category_id = :videoCategory)
                   OR EXISTS (SELECT 1 FROM videos v JOIN video_categories c ON c.id = v.category_id
                              WHERE v.owner_id = p.user_id AND v.category_id = :videoCategory
                                AND """ + Visibility.VIDEO + """
                                ))
              AND (CAST(:productCategory AS bigint) IS NULL
                   OR EXISTS (SELECT 1
                              FROM videos v
                              JOIN video_categories c ON c.id = v.category_id
                              CROSS JOIN LATERAL (
                                  SELECT v.product_id
                                  UNION ALL
                                  SELECT a.product_id FROM video_additional_products a WHERE a.video_id = v.id
                              ) f
                              JOIN products pr ON pr.id = f.product_id
                              WHERE v.owner_id = p.user_id AND """ + Visibility.VIDEO + """

                                AND pr.is_active AND pr.category_id = :productCategory))
            """;

    /**
     * No text, or a text with a trigram: the text is an ILIKE pattern whose wildcards are escaped with
     * {@code !}; the matches are gathered per column first so that each uses its trigram index
     * (0061-creator-search-trigrams.sql).
     */
    private static final String SEARCH_FILTER = """
            FROM creator_profiles p JOIN users u ON u.id = p.user_id
            WHERE (CAST(:pattern AS text) IS NULL
                   OR p.id IN (SELECT m.id FROM creator_profiles m
                               WHERE m.handle ILIKE :pattern ESCAPE '!' OR m.display_name ILIKE :pattern ESCAPE '!'
                               UNION
                               SELECT m.id FROM users mu JOIN creator_profiles m ON m.user_id = mu.id
                               WHERE mu.username ILIKE :pattern ESCAPE '!'))
            """;

    /**
     * A text matched row by row against the {@code :scan} most followed creators, in follower order
     * (creator_profiles_follower_count_id_idx): the first try for every text, and all there is for a text
     * without three letters or digits in a row, which gives a trigram index nothing to look up (decision D72).
     */
    private static final String SCAN_FILTER = """
            FROM (SELECT s.* FROM creator_profiles s ORDER BY s.follower_count DESC, s.id LIMIT :scan) p
            JOIN users u ON u.id = p.user_id
            WHERE (p.handle ILIKE :pattern ESCAPE '!' OR p.display_name ILIKE :pattern ESCAPE '!'
                   OR u.username ILIKE :pattern ESCAPE '!')
            """;

    // One row more than the page says whether another page follows, without counting every match (the
    // profile's arrays are computed for the page's rows only, after the LIMIT); the order may walk
    // creator_profiles_follower_count_id_idx. The username comes from the join the filter needs anyway, so a
    // search is one statement, not a page and then its users.
    private static final String PAGE_ORDER = """
            ORDER BY p.follower_count DESC, p.id
            LIMIT :limit OFFSET :offset
            """;

    // A search without a category has statements without the category conditions: with no optional
    // parameters left, PostgreSQL keeps a generic plan for them instead of planning every call.
    private static final SearchStatements LOOKUP = SearchStatements.of(SEARCH_FILTER, false, false);
    private static final SearchStatements LOOKUP_IN_CATEGORIES = SearchStatements.of(SEARCH_FILTER, false, true);
    private static final SearchStatements WALK = SearchStatements.of(SCAN_FILTER, true, false);
    private static final SearchStatements WALK_IN_CATEGORIES = SearchStatements.of(SCAN_FILTER, true, true);

    /** How many of the most followed creators a text without a trigram is matched against. */
    static final int SCAN = 1_000;

    // uses user_follows_pkey for the follower's rows, creator_profiles_user_id_key for each profile
    private static final String FOLLOWED_BY_PAGE = COLUMNS + """
            , count(*) OVER () AS total
            FROM user_follows f JOIN creator_profiles p ON p.user_id = f.following_id
            WHERE f.follower_id = :follower
            ORDER BY f.created_at DESC, f.following_id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String FOLLOWED_BY_COUNT = """
            SELECT count(*) FROM user_follows f JOIN creator_profiles p ON p.user_id = f.following_id
            WHERE f.follower_id = :follower
            """;

    /*
     * Candidates come from three bounded lists, each read through an index: the most followed
     * (creator_profiles_follower_count_id_idx), those followed since :since (user_follows_created_at_idx) and
     * those who posted since then (videos_created_at_idx). Per candidate, the window's likes and follows are
     * read through videos_owner_id_created_at_idx and user_follows_following_id_created_at_idx.
     */
    private static final String TRENDING_STATS = """
            WITH candidates AS (
                (SELECT id FROM creator_profiles ORDER BY follower_count DESC, id LIMIT :candidates)
                UNION
                (SELECT p.id FROM user_follows f JOIN creator_profiles p ON p.user_id = f.following_id
                 WHERE f.created_at >= :since
                 GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT :candidates)
                UNION
                (SELECT p.id FROM videos v JOIN creator_profiles p ON p.user_id = v.owner_id
                 WHERE v.created_at >= :since AND v.is_active AND NOT v.is_hidden
                 GROUP BY p.id ORDER BY sum(v.likes_count) DESC, p.id LIMIT :candidates)
            )
            SELECT p.id, p.follower_count, p.views_count, p.is_verified,
                   (SELECT coalesce(sum(v.likes_count), 0) FROM videos v
                    WHERE v.owner_id = p.user_id AND v.created_at >= :since AND v.is_active AND NOT v.is_hidden)
                       AS recent_likes,
                   (SELECT count(*) FROM user_follows f WHERE f.following_id = p.user_id AND f.created_at >= :since)
                       AS new_follows
            FROM creator_profiles p JOIN candidates c ON c.id = p.id
            ORDER BY p.id
            """;

    private static final String SET_VERIFIED = """
            UPDATE creator_profiles SET is_verified = :verified WHERE id = :id
            """;

    private static final String BY_IDS = PROFILES + "WHERE p.id = ANY(:ids)";

    // uses creator_profiles_user_id_key
    private static final String BY_USERS = PROFILES + "WHERE p.user_id = ANY(:users)";

    private static final String INSERT = """
            INSERT INTO creator_profiles (user_id, handle, display_name, bio, avatar, social_links, follower_count,
                                          created_at)
            VALUES (:user, :handle, :displayName, :bio, :avatar, jsonb_object(:networks, :urls),
                    (SELECT count(*) FROM user_follows WHERE following_id = :user), :at)
            ON CONFLICT DO NOTHING
            RETURNING id
            """;

    private static final String UPDATE = """
            UPDATE creator_profiles
            SET handle = :handle, display_name = :displayName, bio = :bio, avatar = :avatar,
                social_links = jsonb_object(:networks, :urls)
            WHERE id = :id
            """;

    private static final String CLEAR_CATEGORIES = """
            DELETE FROM creator_video_categories WHERE creator_id = :id
            """;

    private static final String ADD_CATEGORIES = """
            INSERT INTO creator_video_categories (creator_id, category_id)
            SELECT :id, category_id FROM unnest(:categories) AS category_id
            """;

    // uses creator_profiles_handle_key
    private static final String HANDLE_TAKEN = """
            SELECT EXISTS (SELECT 1 FROM creator_profiles WHERE handle = :handle)
            """;

    private static final String ADD_POSTS = """
            UPDATE creator_profiles SET posts_count = posts_count + :delta WHERE id = :id RETURNING posts_count
            """;

    private static final String ADD_VIEWS = """
            UPDATE creator_profiles SET views_count = views_count + :delta WHERE id = :id RETURNING views_count
            """;

    private final Jdbi jdbi;
    private final SearchCounts searchCounts;

    public JdbiCreatorRepository(Jdbi jdbi) {
        this(jdbi, SearchCounts.DEFAULT_TTL);
    }

    /** With search totals kept for {@code countTtl} (see {@link SearchCounts}). */
    public JdbiCreatorRepository(Jdbi jdbi, Duration countTtl) {
        this.jdbi = jdbi;
        this.searchCounts = new SearchCounts(countTtl);
    }

    @Override
    public CreatorProfile create(UserId user, CreatorDetails details, Instant at) {
        // ON CONFLICT DO NOTHING rather than a unique violation, which would abort the caller's transaction:
        // a caller racing another request can then recover (CreatorService.ensureProfile does).
        // a new or renamed profile may match searches this node has counted
        searchCounts.forgetAll();
        var created = SqlErrors.inTransaction(jdbi, handle -> bindDetails(handle.createQuery(INSERT), details)
                .bind("user", user.value())
                .bind("at", at)
                .mapTo(Long.class)
                .findOne()
                .map(id -> {
                    writeCategories(handle, id, details.categories());
                    return load(handle, new CreatorId(id));
                }));
        return created.orElseThrow(() -> findByUser(user).isPresent()
                ? new Conflict("creator_exists", "This user already has a creator profile")
                : new Conflict("handle_taken", "This handle is taken"));
    }

    @Override
    public CreatorProfile update(CreatorId id, CreatorDetails details) {
        searchCounts.forgetAll();
        return SqlErrors.inTransaction(jdbi, handle -> {
            int updated = bindDetails(handle.createUpdate(UPDATE), details).bind("id", id.value()).execute();
            if (updated == 0) {
                throw NotFound.of("Creator", id);
            }
            handle.createUpdate(CLEAR_CATEGORIES).bind("id", id.value()).execute();
            writeCategories(handle, id.value(), details.categories());
            return load(handle, id);
        });
    }

    @Override
    public boolean isHandleTaken(Handle handle) {
        return SqlErrors.withHandle(jdbi, db -> db.createQuery(HANDLE_TAKEN)
                .bind("handle", handle.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Optional<CreatorProfile> findById(CreatorId id) {
        return SqlErrors.withHandle(jdbi, handle -> byId(handle, id));
    }

    @Override
    public Optional<CreatorProfile> findByUser(UserId user) {
        return findByUsers(List.of(user)).values().stream().findFirst();
    }

    @Override
    public Map<CreatorId, CreatorProfile> findAll(Collection<CreatorId> ids) {
        return Batches.byIds(jdbi, BY_IDS, "ids", ids, CreatorId::value, JdbiCreatorRepository::profile,
                CreatorProfile::id);
    }

    @Override
    public Map<UserId, CreatorProfile> findByUsers(Collection<UserId> users) {
        return Batches.byIds(jdbi, BY_USERS, "users", users, UserId::value, JdbiCreatorRepository::profile,
                CreatorProfile::user);
    }

    @Override
    public long addPosts(CreatorId id, int delta) {
        return addTo(ADD_POSTS, id, delta);
    }

    @Override
    public long addViews(CreatorId id, long delta) {
        return addTo(ADD_VIEWS, id, delta);
    }

    @Override
    public CreatorProfile setVerified(CreatorId id, boolean verified) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            int updated = handle.createUpdate(SET_VERIFIED).bind("id", id.value()).bind("verified", verified)
                    .execute();
            if (updated == 0) {
                throw NotFound.of("Creator", id);
            }
            return load(handle, id);
        });
    }

    /**
     * The page and one row more. A text is first matched against the most followed creators
     * ({@link #SCAN_FILTER}); only when they do not fill the page does a text with a trigram go to the trigram
     * indexes ({@link #SEARCH_FILTER}), so a common text never gathers all its matches. A page that ends the
     * list knows the total exactly; otherwise the total comes from {@link SearchCounts}, at most its time
     * to live old (decisions D71, D72).
     */
    @Override
    public Page<CreatorCard> search(CreatorSearch search, PageRequest page) {
        var key = new SearchCounts.Key(search.text().map(JdbiCreatorRepository::containsPattern).orElse(null),
                search.text().filter(text -> !hasTrigram(text)).isPresent(),
                search.videoCategory().map(CategoryId::value).orElse(null),
                search.productCategory().map(ProductCategoryId::value).orElse(null));
        return SqlErrors.withHandle(jdbi, handle -> {
            boolean categories = key.videoCategory() != null || key.productCategory() != null;
            var walk = categories ? WALK_IN_CATEGORIES : WALK;
            var lookup = categories ? LOOKUP_IN_CATEGORIES : LOOKUP;
            List<CreatorCard> rows = key.pattern() == null ? List.of() : pageOf(handle, walk, key, page);
            if (!key.scan() && rows.size() <= page.limit()) {
                rows = pageOf(handle, lookup, key, page);
            }
            boolean more = rows.size() > page.limit();
            var items = more ? rows.subList(0, page.limit()) : rows;
            long seen = page.offset() + items.size();
            if (!more && (!items.isEmpty() || page.offset() == 0)) {
                return new Page<>(items, seen, page);
            }
            var counting = key.scan() ? walk : lookup;
            long counted = searchCounts.count(key, () -> searchQuery(handle, counting, counting.count(), key)
                    .mapTo(Long.class).one());
            return new Page<>(items, Math.max(counted, more ? seen + 1 : seen), page);
        });
    }

    private static List<CreatorCard> pageOf(org.jdbi.v3.core.Handle handle, SearchStatements statements,
                                            SearchCounts.Key key, PageRequest page) {
        return searchQuery(handle, statements, statements.page(), key)
                .bind("limit", page.limit() + 1)
                .bind("offset", page.offset())
                .map((rs, ctx) -> new CreatorCard(profile(rs, ctx), new Username(rs.getString("username"))))
                .list();
    }

    @Override
    public Page<CreatorProfile> followedBy(UserId follower, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(FOLLOWED_BY_PAGE).bind("follower", follower.value()),
                JdbiCreatorRepository::profile, page,
                () -> handle.createQuery(FOLLOWED_BY_COUNT).bind("follower", follower.value())
                        .mapTo(Long.class).one()));
    }

    @Override
    public List<CreatorStats> trendingStats(Instant since, int candidates) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(TRENDING_STATS)
                .bind("since", since)
                .bind("candidates", candidates)
                .map((rs, ctx) -> new CreatorStats(new CreatorId(rs.getLong("id")), rs.getLong("follower_count"),
                        rs.getLong("views_count"), rs.getLong("recent_likes"), rs.getLong("new_follows"),
                        rs.getBoolean("is_verified")))
                .list());
    }

    /** {@code %text%} with the LIKE wildcards and the escape character itself taken literally. */
    private static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Whether {@code text} has three letters or digits in a row, as a trigram index needs. */
    static boolean hasTrigram(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            run = Character.isLetterOrDigit(text.codePointAt(i)) ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    private static Query searchQuery(org.jdbi.v3.core.Handle handle, SearchStatements statements, String statement,
                                     SearchCounts.Key key) {
        var query = handle.createQuery(statement).bindByType("pattern", key.pattern(), String.class);
        if (statements.walk()) {
            query.bind("scan", SCAN);
        }
        if (statements.categories()) {
            query.bindByType("videoCategory", key.videoCategory(), Long.class)
                    .bindByType("productCategory", key.productCategory(), Long.class);
        }
        return query;
    }

    private long addTo(String counterUpdate, CreatorId id, long delta) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(counterUpdate)
                .bind("id", id.value())
                .bind("delta", delta)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> NotFound.of("Creator", id)));
    }

    private static CreatorProfile load(org.jdbi.v3.core.Handle handle, CreatorId id) {
        return byId(handle, id).orElseThrow(() -> NotFound.of("Creator", id));
    }

    private static Optional<CreatorProfile> byId(org.jdbi.v3.core.Handle handle, CreatorId id) {
        return handle.createQuery(BY_IDS)
                .bindArray("ids", Long.class, List.of(id.value()))
                .map(JdbiCreatorRepository::profile)
                .findOne();
    }

    private static void writeCategories(org.jdbi.v3.core.Handle handle, long creator, Set<CategoryId> categories) {
        if (!categories.isEmpty()) {
            handle.createUpdate(ADD_CATEGORIES)
                    .bind("id", creator)
                    .bindArray("categories", Long.class, categories.stream().map(CategoryId::value).toList())
                    .execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindDetails(S statement, CreatorDetails details) {
        var networks = List.copyOf(details.socialLinks().keySet());
        var urls = networks.stream().map(details.socialLinks()::get).toList();
        return statement
                .bind("handle", details.handle().value())
                .bind("displayName", details.displayName())
                .bind("bio", details.bio())
                .bind("avatar", details.avatar().map(MediaRef::value).orElse(null))
                .bindArray("networks", String.class, networks)
                .bindArray("urls", String.class, urls);
    }

    private static CreatorProfile profile(ResultSet rs, StatementContext ctx) throws SQLException {
        return profile(rs, "");
    }

    /** The profile in a row with the columns of {@link #COLUMNS}, each named {@code prefix} + the column. */
    public static CreatorProfile profile(ResultSet rs, String prefix) throws SQLException {
        var networks = (String[]) rs.getArray(prefix + "link_networks").getArray();
        var urls = (String[]) rs.getArray(prefix + "link_urls").getArray();
        var links = new LinkedHashMap<String, String>();
        for (int i = 0; i < networks.length; i++) {
            links.put(networks[i], urls[i]);
        }
        var categories = Arrays.stream((Long[]) rs.getArray(prefix + "category_ids").getArray())
                .map(CategoryId::new)
                .collect(Collectors.toSet());
        var details = new CreatorDetails(new Handle(rs.getString(prefix + "handle")),
                rs.getString(prefix + "display_name"), rs.getString(prefix + "bio"),
                Optional.ofNullable(rs.getString(prefix + "avatar")).map(MediaRef::new), links, categories);
        return new CreatorProfile(new CreatorId(rs.getLong(prefix + "id")), new UserId(rs.getLong(prefix + "user_id")),
                details, rs.getBoolean(prefix + "is_verified"), rs.getLong(prefix + "follower_count"),
                rs.getLong(prefix + "posts_count"), rs.getLong(prefix + "views_count"),
                rs.getObject(prefix + "created_at", OffsetDateTime.class).toInstant());
    }

    /**
     * The page and count statements of one way to search: walking the most followed creators or looking the
     * text up in the trigram indexes, with or without the category conditions (and their parameters).
     */
    private record SearchStatements(String page, String count, boolean walk, boolean categories) {

        static SearchStatements of(String filter, boolean walk, boolean categories) {
            var from = categories ? filter + CATEGORY_FILTERS : filter;
            return new SearchStatements(COLUMNS + ", u.username\n" + from + PAGE_ORDER, "SELECT count(*)\n" + from,
                    walk, categories);
        }
    }
}
