package io.shoppable.persistence.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.Batches;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The standalone service's own product catalog, in {@code products}. */
public final class JdbiProductCatalog implements ProductCatalog {

    private static final String INSERT = """
            INSERT INTO products (seller_id, name, price, stock, is_active, category_id)
            VALUES (:seller, :name, :price, :stock, true, :category)
            RETURNING id, seller_id, name, price, stock, is_active, category_id
            """;

    private static final String BY_ID = """
            SELECT id, seller_id, name, price, stock, is_active, category_id FROM products WHERE id = :id
            """;

    private static final String BY_IDS = """
            SELECT id, seller_id, name, price, stock, is_active, category_id FROM products WHERE id = ANY(:ids)
            """;

    // A creator's visible videos (videos_owner_id_created_at_idx), then their products by primary key.
    private static final String OF_CREATOR_FILTER = """
            FROM products p
            WHERE p.is_active AND (p.seller_id = :user OR p.id IN (
                SELECT f.product_id
                FROM videos v
                JOIN video_categories c ON c.id = v.category_id
                CROSS JOIN LATERAL (
                    SELECT v.product_id
                    UNION ALL
                    SELECT a.product_id FROM video_additional_products a WHERE a.video_id = v.id
                ) f
                WHERE v.owner_id = :user AND v.is_active AND NOT v.is_hidden AND c.is_active))
            """;

    private static final String OF_CREATOR_PAGE = """
            SELECT p.id, p.seller_id, p.name, p.price, p.stock, p.is_active, p.category_id,
                   count(*) OVER () AS total
            """ + OF_CREATOR_FILTER + """
            ORDER BY p.id
            LIMIT :limit OFFSET :offset
            """;

    private static final String OF_CREATOR_COUNT = "SELECT count(*) " + OF_CREATOR_FILTER;

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
                .bind("category", product.category().map(ProductCategoryId::value).orElse(null))
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
        return Batches.byIds(jdbi, BY_IDS, "ids", ids, ProductId::value, JdbiProductCatalog::product, ProductRef::id);
    }

    @Override
    public Page<ProductRef> ofCreator(UserId user, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(OF_CREATOR_PAGE).bind("user", user.value()), JdbiProductCatalog::product, page,
                () -> handle.createQuery(OF_CREATOR_COUNT).bind("user", user.value()).mapTo(Long.class).one()));
    }

    private static ProductRef product(ResultSet rs, StatementContext ctx) throws SQLException {
        return product(rs, "");
    }

    /** The product in a row whose product columns are named {@code prefix} + the column. */
    public static ProductRef product(ResultSet rs, String prefix) throws SQLException {
        return new ProductRef(new ProductId(rs.getLong(prefix + "id")), new ProductName(rs.getString(prefix + "name")),
                new Price(rs.getBigDecimal(prefix + "price")), rs.getInt(prefix + "stock"),
                new UserId(rs.getLong(prefix + "seller_id")), rs.getBoolean(prefix + "is_active"),
                Optional.ofNullable(rs.getObject(prefix + "category_id", Long.class)).map(ProductCategoryId::new));
    }
}
