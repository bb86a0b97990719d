package io.shoppable.persistence.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.domain.user.Username;
import io.shoppable.persistence.Batches;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Users in the {@code users} table, keyed by the marketplace's own ids. */
public final class JdbiUserRepository implements UserRepository {

    private static final String UPSERT = """
            INSERT INTO users (id, username, is_admin, created_at, updated_at)
            VALUES (:id, :username, :admin, :seenAt, :seenAt)
            ON CONFLICT (id) DO UPDATE
                SET username = EXCLUDED.username, is_admin = EXCLUDED.is_admin, updated_at = EXCLUDED.updated_at
            RETURNING id, username, is_admin, created_at
            """;

    private static final String BY_ID = """
            SELECT id, username, is_admin, created_at FROM users WHERE id = :id
            """;

    private static final String BY_IDS = """
            SELECT id, username, is_admin, created_at FROM users WHERE id = ANY(:ids)
            """;

    private final Jdbi jdbi;

    public JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public User upsert(UserId id, Username username, boolean admin, Instant seenAt) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(UPSERT)
                .bind("id", id.value())
                .bind("username", username.value())
                .bind("admin", admin)
                .bind("seenAt", seenAt)
                .map(JdbiUserRepository::user)
                .one());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_ID)
                .bind("id", id.value())
                .map(JdbiUserRepository::user)
                .findOne());
    }

    @Override
    public Map<UserId, User> findAll(Collection<UserId> ids) {
        return Batches.byIds(jdbi, BY_IDS, "ids", ids, UserId::value, JdbiUserRepository::user, User::id);
    }

    private static User user(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(new UserId(rs.getLong("id")), new Username(rs.getString("username")),
                rs.getBoolean("is_admin"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
