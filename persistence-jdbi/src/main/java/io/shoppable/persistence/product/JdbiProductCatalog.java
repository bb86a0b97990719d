package io.shoppable.persistence.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The standalone service's own product catalog, in {@code products}. */
public final class JdbiProductCatalog implements ProductCatalog {

    private static final String INSERT = """
            INSERT INTO products (seller_id, name, price, stock, is_active)
            VALUES (:seller, :name, :price, :stock, true)
            RETURNING id, seller_id, name, price, stock, is_active
            """;

    private static final String BY_ID = """
            SELECT id, seller_id, name, price, stock, is_active FROM products WHERE id = :id
            """;

    private static final String BY_IDS = """
            SELECT id, seller_id, name, price, stock, is_active FROM products WHERE id = ANY(:ids)
            """;

    private final Jdbi jdbi;

    public JdbiProductCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ProductRef create(NewProduct product) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(INSERT)
                .bind("seller", product.seller().value())
                .bind("name", product.name().value())
                .bind("price", product.price().amount())
                .bind("stock", product.stock())
                .map(JdbiProductCatalog::product)
                .one());
    }

    @Override
    public Optional<ProductRef> findById(ProductId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_ID)
                .bind("id", id.value())
                .map(JdbiProductCatalog::product)
                .findOne());
    }

    @Override
    public Map<ProductId, ProductRef> findAll(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_IDS)
                .bindArray("ids", Long.class, ids.stream().map(ProductId::value).toList())
                .map(JdbiProductCatalog::product)
                .list().stream()
                .collect(Collectors.toMap(ProductRef::id, Function.identity())));
    }

    private static ProductRef product(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ProductRef(new ProductId(rs.getLong("id")), new ProductName(rs.getString("name")),
                new Price(rs.getBigDecimal("price")), rs.getInt("stock"), new UserId(rs.getLong("seller_id")),
                rs.getBoolean("is_active"));
    }
}
