package io.shoppable.persistence.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.shoppable.domain.commerce.Cart;
import io.shoppable.domain.commerce.CartId;
import io.shoppable.domain.commerce.CartLine;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Carts in {@code carts} and their lines in {@code cart_lines}. The partial unique index
 * {@code carts_user_id_idx} keeps one active cart per user; both opening on first need and adding
 * units are single statements that lean on it and on the line's primary key, so concurrent requests
 * neither open two carts nor lose units.
 */
public final class JdbiCartRepository implements CartRepository {

    // uses carts_user_id_idx
    private static final String ACTIVE_CART = """
            SELECT id, user_id, created_at FROM carts WHERE user_id = :user AND is_active
            """;

    private static final String LINES = """
            SELECT product_id, quantity, added_at FROM cart_lines WHERE cart_id = :cart
            ORDER BY added_at, product_id
            """;

    private static final String OPEN = """
            INSERT INTO carts (user_id, is_active, created_at) VALUES (:user, true, :at)
            RETURNING id, user_id, created_at
            """;

    // Does nothing when another request opened the cart first; the SELECT that follows then finds theirs.
    private static final String OPEN_IF_NONE = """
            INSERT INTO carts (user_id, is_active, created_at) VALUES (:user, true, :at)
            ON CONFLICT (user_id) WHERE is_active DO NOTHING
            """;

    private static final String ADD = """
            INSERT INTO cart_lines (cart_id, product_id, quantity, added_at) VALUES (:cart, :product, :quantity, :at)
            ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = cart_lines.quantity + EXCLUDED.quantity
            RETURNING product_id, quantity, added_at
            """;

    private static final String CLOSE = """
            UPDATE carts SET is_active = false WHERE id = :cart
            """;

    private final Jdbi jdbi;

    public JdbiCartRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Cart> findActive(UserId user) {
        return SqlErrors.inTransaction(jdbi, handle -> active(handle, user));
    }

    @Override
    public Cart open(UserId user, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(OPEN)
                .bind("user", user.value())
                .bind("at", at)
                .map(JdbiCartRepository::cart)
                .one());
    }

    @Override
    public Cart activeCart(UserId user, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> {
            handle.createUpdate(OPEN_IF_NONE)
                    .bind("user", user.value())
                    .bind("at", at)
                    .execute();
            return active(handle, user).orElseThrow(() -> new IllegalStateException(
                    "No active cart for user " + user + " right after opening one"));
        });
    }

    @Override
    public CartLine add(CartId cart, ProductId product, Quantity quantity, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(ADD)
                .bind("cart", cart.value())
                .bind("product", product.value())
                .bind("quantity", quantity.value())
                .bind("at", at)
                .map(JdbiCartRepository::line)
                .one());
    }

    @Override
    public void close(CartId cart) {
        int closed = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(CLOSE)
                .bind("cart", cart.value())
                .execute());
        if (closed == 0) {
            throw NotFound.of("Cart", cart.value());
        }
    }

    private static Optional<Cart> active(Handle handle, UserId user) {
        return handle.createQuery(ACTIVE_CART)
                .bind("user", user.value())
                .map(JdbiCartRepository::cart)
                .findOne()
                .map(empty -> new Cart(empty.id(), empty.owner(), handle.createQuery(LINES)
                        .bind("cart", empty.id().value())
                        .map(JdbiCartRepository::line)
                        .list(), empty.createdAt()));
    }

    /** A cart without its lines; {@link #active} adds them. */
    private static Cart cart(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Cart(new CartId(rs.getLong("id")), new UserId(rs.getLong("user_id")), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static CartLine line(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CartLine(new ProductId(rs.getLong("product_id")), new Quantity(rs.getInt("quantity")),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
