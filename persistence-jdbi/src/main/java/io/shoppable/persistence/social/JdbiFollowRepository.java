package io.shoppable.persistence.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.persistence.Toggles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Follows in {@code user_follows}. A toggle inserts or deletes the row and moves the followed user's
 * {@code creator_profiles.follower_count} by exactly the rows that changed, in one transaction.
 * Following oneself is refused by the table's check, an unknown user by its foreign keys.
 */
public final class JdbiFollowRepository implements FollowRepository {

    private static final String FOLLOW = """
            INSERT INTO user_follows (follower_id, following_id, created_at) VALUES (:follower, :following, :at)
            ON CONFLICT DO NOTHING
            """;

    private static final String UNFOLLOW = """
            DELETE FROM user_follows WHERE follower_id = :follower AND following_id = :following
            """;

    // A user without a creator profile has no counter to move; the statement then changes nothing.
    private static final String MOVE_FOLLOWER_COUNT = """
            UPDATE creator_profiles SET follower_count = follower_count + :delta WHERE user_id = :following
            """;

    // uses user_follows_pkey
    private static final String IS_FOLLOWING = """
            SELECT EXISTS (SELECT 1 FROM user_follows WHERE follower_id = :follower AND following_id = :following)
            """;

    // uses user_follows_following_id_created_at_idx
    private static final String FOLLOWERS_PAGE = """
            SELECT follower_id, following_id, created_at, count(*) OVER () AS total
            FROM user_follows
            WHERE following_id = :user
            ORDER BY created_at DESC, follower_id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String FOLLOWERS_COUNT = """
            SELECT count(*) FROM user_follows WHERE following_id = :user
            """;

    // uses user_follows_pkey
    private static final String FOLLOWING_PAGE = """
            SELECT follower_id, following_id, created_at, count(*) OVER () AS total
            FROM user_follows
            WHERE follower_id = :user
            ORDER BY created_at DESC, following_id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String FOLLOWING_COUNT = """
            SELECT count(*) FROM user_follows WHERE follower_id = :user
            """;

    // uses user_follows_pkey
    private static final String ALL_FOLLOWED = """
            SELECT following_id FROM user_follows WHERE follower_id = :user
            """;

    private final Jdbi jdbi;

    public JdbiFollowRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean toggle(UserId follower, UserId following, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            int delta = Toggles.flip(
                    () -> handle.createUpdate(FOLLOW)
                            .bind("follower", follower.value())
                            .bind("following", following.value())
                            .bind("at", at)
                            .execute(),
                    () -> handle.createUpdate(UNFOLLOW)
                            .bind("follower", follower.value())
                            .bind("following", following.value())
                            .execute());
            handle.createUpdate(MOVE_FOLLOWER_COUNT)
                    .bind("following", following.value())
                    .bind("delta", delta)
                    .execute();
            return delta > 0;
        });
    }

    @Override
    public boolean isFollowing(UserId follower, UserId following) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(IS_FOLLOWING)
                .bind("follower", follower.value())
                .bind("following", following.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Page<Follow> followersOf(UserId user, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(FOLLOWERS_PAGE).bind("user", user.value()), JdbiFollowRepository::follow, page,
                () -> handle.createQuery(FOLLOWERS_COUNT).bind("user", user.value()).mapTo(Long.class).one()));
    }

    @Override
    public Page<Follow> followingOf(UserId user, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(FOLLOWING_PAGE).bind("user", user.value()), JdbiFollowRepository::follow, page,
                () -> handle.createQuery(FOLLOWING_COUNT).bind("user", user.value()).mapTo(Long.class).one()));
    }

    @Override
    public Set<UserId> allFollowedBy(UserId user) {
        return SqlErrors.withHandle(jdbi, handle -> new HashSet<>(handle.createQuery(ALL_FOLLOWED)
                .bind("user", user.value())
                .map((rs, ctx) -> new UserId(rs.getLong("following_id")))
                .list()));
    }

    private static Follow follow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Follow(new UserId(rs.getLong("follower_id")), new UserId(rs.getLong("following_id")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
